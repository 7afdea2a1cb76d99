package dev.weft.ui.canary;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// One button of the panel: whether it may be pressed now and, when not, why (shown as its
/// tooltip and beside it).
///
/// Threading: FX thread only (or one test thread).
public final class CanaryCommand {
  private final ReadOnlyBooleanWrapper enabled = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper("");

  void set(String reason) {
    why.set(reason == null ? "" : reason);
    enabled.set(reason == null);
  }

  public ReadOnlyBooleanProperty enabledProperty() {
    return enabled.getReadOnlyProperty();
  }

  /// Why the command is disabled; empty when it is enabled.
  public ReadOnlyStringProperty whyProperty() {
    return why.getReadOnlyProperty();
  }
}
