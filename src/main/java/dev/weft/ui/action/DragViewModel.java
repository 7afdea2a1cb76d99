package dev.weft.ui.action;

import dev.weft.action.DropVerdict;
import dev.weft.ui.Messages;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/// One drag on the map: a zone lane (or its gateway edge) dragged onto another lane drains it
/// there; a placement dragged onto the same app in another zone reroutes its calls there.
///
/// [#begin] computes a verdict for every possible target at once (the view lights the allowed
/// ones) and asks the clusters for permission; the verdicts are computed again when that answer
/// arrives. [#hover] says why a target refuses; [#drop] opens the preview.
///
/// Threading: FX thread only (or one test thread).
public final class DragViewModel {
  /// What is being dragged.
  public sealed interface Source {
    String zone();

    /// A zone lane or its gateway edge.
    record Lane(String zone) implements Source {}

    /// One placement, `app@zone`.
    record Placement(String app, String zone) implements Source {}
  }

  private final ActionsViewModel actions;
  private final ReadOnlyObjectWrapper<Source> source = new ReadOnlyObjectWrapper<>();
  private final ObservableMap<String, DropVerdict> verdicts = FXCollections.observableHashMap();
  // Held once: a fresh wrapper per call would drop listeners when it is collected.
  private final ObservableMap<String, DropVerdict> verdictsView =
      FXCollections.unmodifiableObservableMap(verdicts);
  private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
  private String hovered;

  public DragViewModel(ActionsViewModel actions) {
    this.actions = actions;
    actions.permissionAnswersProperty().addListener((o, a, b) -> recompute());
  }

  /// A drag starts on `from`.
  public void begin(Source from) {
    source.set(from);
    actions.gestureStarted(from.zone(), from instanceof Source.Placement p ? p.app() : null);
    recompute();
  }

  private void recompute() {
    Source from = source.get();
    if (from == null) {
      return;
    }
    Map<String, DropVerdict> next = new LinkedHashMap<>();
    for (String zone : actions.zones()) {
      if (zone.equals(from.zone())) {
        continue;
      }
      switch (from) {
        case Source.Lane l -> next.put(zone, actions.canDrain(l.zone(), zone));
        case Source.Placement p ->
            next.put(p.app() + "@" + zone, actions.canReroute(p.app(), p.zone(), zone));
      }
    }
    verdicts.clear();
    verdicts.putAll(next);
    if (hovered != null) {
      hover(hovered);
    }
  }

  /// The pointer is over `target`: a zone for a lane drag, a placement id for a placement drag
  /// (anything else, or `null`, is no target). Returns the verdict, and sets [#hintProperty].
  public DropVerdict hover(String target) {
    hovered = target;
    DropVerdict v = verdict(target);
    hint.set(
        v == null ? "" : v.allowed() ? Messages.get("drag.allowed", describe(target)) : v.reason());
    return v;
  }

  private DropVerdict verdict(String target) {
    Source from = source.get();
    if (from == null || target == null) {
      return null;
    }
    if (target.equals(from.zone())
        || (from instanceof Source.Placement p && target.equals(p.app() + "@" + p.zone()))) {
      return null;
    }
    DropVerdict v = verdicts.get(target);
    if (v == null && from instanceof Source.Placement p) {
      return DropVerdict.refuse(Messages.get("drag.sameApp", p.app()));
    }
    return v;
  }

  private String describe(String target) {
    return switch (source.get()) {
      case Source.Lane l -> Messages.get("drag.drainTo", l.zone(), target);
      case Source.Placement p ->
          Messages.get(
              "drag.rerouteTo",
              p.app() + "@" + p.zone(),
              target.substring(target.indexOf('@') + 1));
    };
  }

  /// Dropped on `target`: opens the preview when the verdict allows it. Ends the drag.
  public boolean drop(String target) {
    DropVerdict v = verdict(target);
    Source from = source.get();
    end();
    if (v == null || !v.allowed()) {
      return false;
    }
    switch (from) {
      case Source.Lane l -> actions.drain(l.zone(), target);
      case Source.Placement p ->
          actions.reroute(p.app(), p.zone(), target.substring(target.indexOf('@') + 1));
    }
    return true;
  }

  public void end() {
    source.set(null);
    hovered = null;
    hint.set("");
    verdicts.clear();
  }

  public ReadOnlyObjectProperty<Source> sourceProperty() {
    return source.getReadOnlyProperty();
  }

  /// Target → verdict while a drag is on: zones for a lane, `app@zone` for a placement.
  public ObservableMap<String, DropVerdict> verdicts() {
    return verdictsView;
  }

  /// What a drop here would do, or why it cannot.
  public ReadOnlyStringProperty hintProperty() {
    return hint.getReadOnlyProperty();
  }
}
