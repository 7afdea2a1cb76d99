package dev.weft.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/// Which side panels the window shows beside the map: the inspector on the right, the timeline
/// (with the replay scrubber) below. Hiding one gives the map its room, so a laptop screen can
/// show a five-zone fabric at a size that reads (View → Inspector, View → Timeline).
///
/// Threading: FX thread only (or one test thread).
public final class ShellPanels {
  private final BooleanProperty inspector = new SimpleBooleanProperty(true);
  private final BooleanProperty timeline = new SimpleBooleanProperty(true);

  public BooleanProperty inspectorProperty() {
    return inspector;
  }

  public BooleanProperty timelineProperty() {
    return timeline;
  }
}
