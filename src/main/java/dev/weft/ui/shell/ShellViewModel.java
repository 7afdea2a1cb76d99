package dev.weft.ui.shell;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// State of the main window: its title and what it says about the open fabric. FX thread only.
public final class ShellViewModel {
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper();

  public ShellViewModel(Path fabricFile) {
    String fabric = fabricFile == null ? "demo fabric" : fabricFile.getFileName().toString();
    title.set("Weft — " + fabric);
    placeholder.set("Opening " + fabric + "…");
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty placeholderProperty() {
    return placeholder.getReadOnlyProperty();
  }
}
