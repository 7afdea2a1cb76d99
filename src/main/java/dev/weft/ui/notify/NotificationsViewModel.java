package dev.weft.ui.notify;

import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.ui.Messages;
import dev.weft.ui.timeline.HealthTransition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/// Decides which health changes deserve a desktop notification (a placement going down, or
/// coming back from down) and hands them to the view, unless muted. At most one notice per
/// four seconds (snapshot time); changes in between are gathered into the next one.
///
/// Threading: FX thread only (or one test thread).
public final class NotificationsViewModel {
  private final BooleanProperty muted = new SimpleBooleanProperty();
  private Consumer<Notice> sink = n -> {};
  private static final Duration QUIET = Duration.ofSeconds(4);
  private final List<HealthTransition> pendingDown = new ArrayList<>();
  private final List<HealthTransition> pendingRecovered = new ArrayList<>();
  private FabricSnapshot previous;
  private Instant lastShown;

  /// Where notices go; the view shows them with ControlsFX.
  public void setSink(Consumer<Notice> sink) {
    this.sink = sink;
  }

  public void apply(FabricSnapshot snapshot) {
    FabricSnapshot before = previous;
    previous = snapshot;
    if (muted.get() || before == null || !before.fabric().equals(snapshot.fabric())) {
      return;
    }
    List<HealthTransition> down = new ArrayList<>();
    List<HealthTransition> recovered = new ArrayList<>();
    for (HealthTransition t : HealthTransition.between(before, snapshot)) {
      if (t.to() == Health.DOWN) {
        down.add(t);
      } else if (t.from() == Health.DOWN && t.to() == Health.HEALTHY) {
        recovered.add(t);
      }
    }
    pendingDown.addAll(down);
    pendingRecovered.addAll(recovered);
    // A storm of changes becomes one notice every few seconds, not a wall of popups.
    if (lastShown != null && snapshot.at().isBefore(lastShown.plus(QUIET))) {
      return;
    }
    if (!pendingDown.isEmpty()) {
      sink.accept(notice(Notice.Kind.DOWN, pendingDown, "down"));
    } else if (!pendingRecovered.isEmpty()) {
      sink.accept(notice(Notice.Kind.RECOVERED, pendingRecovered, "recovered"));
    } else {
      return;
    }
    lastShown = snapshot.at();
    pendingDown.clear();
    pendingRecovered.clear();
  }

  private static Notice notice(Notice.Kind kind, List<HealthTransition> all, String key) {
    HealthTransition first = all.getFirst();
    if (all.size() == 1) {
      return new Notice(
          kind,
          first.placementId(),
          Messages.get("notice." + key + ".title", first.placementId()),
          Messages.get("notice." + key + ".text", first.zone()));
    }
    String ids =
        String.join(", ", all.stream().limit(4).map(HealthTransition::placementId).toList());
    return new Notice(
        kind,
        first.placementId(),
        Messages.get("notice." + key + ".many", all.size()),
        all.size() > 4 ? ids + ", \u2026" : ids);
  }

  public BooleanProperty mutedProperty() {
    return muted;
  }
}
