package dev.weft.ui.map;

import dev.weft.state.ConnectionPhase;
import dev.weft.state.FabricSnapshot;
import dev.weft.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The gateway card: which HTTPRoute splits the traffic and where each user region goes first.
///
/// Threading: FX thread only (or one test thread).
public final class GatewayViewModel {
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper route = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<ConnectionPhase> phase =
      new ReadOnlyObjectWrapper<>(ConnectionPhase.CONNECTING);
  private final ReadOnlyObjectWrapper<dev.weft.state.Health> health =
      new ReadOnlyObjectWrapper<>(dev.weft.state.Health.UNKNOWN);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private dev.weft.state.GatewaySnapshot last;
  private final ObservableList<RegionRoute> regions = FXCollections.observableArrayList();
  // Held once: a fresh wrapper per call would drop listeners when it is collected.
  private final ObservableList<RegionRoute> regionsView =
      FXCollections.unmodifiableObservableList(regions);

  /// One user region's route: the zones it is sent to, nearest first.
  public record RegionRoute(String region, List<String> zones) {
    public String text() {
      return region + " \u2192 " + String.join(" \u203a ", zones);
    }
  }

  void update(FabricSnapshot snapshot) {
    title.set(Messages.get("gateway.title"));
    var g = snapshot.fabric().gateway();
    route.set(g.namespace() + "/" + g.route());
    phase.set(snapshot.gateway().connection().phase());
    health.set(snapshot.gateway().health());
    last = snapshot.gateway();
    tick(snapshot.at());
    List<RegionRoute> next = new ArrayList<>();
    snapshot.gateway().regionRoutes().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> next.add(new RegionRoute(e.getKey(), e.getValue())));
    if (!next.equals(regions)) {
      regions.setAll(next);
    }
  }

  /// Refreshes "lost N s ago"; call about once a second.
  void tick(java.time.Instant now) {
    if (last == null) {
      return;
    }
    var c = last.connection();
    String phaseWord = Messages.get("phase." + c.phase().name().toLowerCase(java.util.Locale.ROOT));
    String text =
        switch (c.phase()) {
          case LIVE -> last.problem();
          case STALE ->
              Messages.get(
                      "lane.stale",
                      ZoneLaneViewModel.ago(c.since(), now),
                      ZoneLaneViewModel.clock(c.since()))
                  + (c.reason().isBlank() ? "" : "\n" + c.reason());
          default -> c.reason().isBlank() ? phaseWord : phaseWord + ": " + c.reason();
        };
    status.set(text);
  }

  /// UNKNOWN while not live; DOWN when the route is missing or sends no one anywhere.
  public ReadOnlyObjectProperty<dev.weft.state.Health> healthProperty() {
    return health.getReadOnlyProperty();
  }

  /// Empty when live and healthy; otherwise the gateway's trouble in words.
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /// `namespace/route` of the HTTPRoute.
  public ReadOnlyStringProperty routeProperty() {
    return route.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ConnectionPhase> phaseProperty() {
    return phase.getReadOnlyProperty();
  }

  public ObservableList<RegionRoute> regions() {
    return regionsView;
  }
}
