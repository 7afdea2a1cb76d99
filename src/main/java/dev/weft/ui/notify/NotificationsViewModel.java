package dev.weft.ui.notify;

import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.ui.Messages;
import dev.weft.ui.timeline.HealthTransition;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/// Decides which health changes deserve a desktop notification (a placement going down, or
/// coming back from down) and hands them to the view, unless muted.
///
/// Threading: FX thread only (or one test thread).
public final class NotificationsViewModel {
  private final BooleanProperty muted = new SimpleBooleanProperty();
  private Consumer<Notice> sink = n -> {};
  private FabricSnapshot previous;

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
    for (HealthTransition t : HealthTransition.between(before, snapshot)) {
      if (t.to() == Health.DOWN) {
        sink.accept(
            new Notice(
                Notice.Kind.DOWN,
                t.placementId(),
                Messages.get("notice.down.title", t.placementId()),
                Messages.get("notice.down.text", t.zone())));
      } else if (t.from() == Health.DOWN && t.to() == Health.HEALTHY) {
        sink.accept(
            new Notice(
                Notice.Kind.RECOVERED,
                t.placementId(),
                Messages.get("notice.recovered.title", t.placementId()),
                Messages.get("notice.recovered.text", t.zone())));
      }
    }
  }

  public BooleanProperty mutedProperty() {
    return muted;
  }
}
