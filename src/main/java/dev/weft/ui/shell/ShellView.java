package dev.weft.ui.shell;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;

/// The main window's layout: menu bar on top, the map in the centre. Binds only.
public final class ShellView {
  private final BorderPane root = new BorderPane();

  public ShellView(ShellViewModel viewModel) {
    root.setId("shell");
    MenuBar menuBar = new MenuBar(new Menu("File"), new Menu("View"), new Menu("Help"));
    menuBar.setId("menu-bar");
    Label placeholder = new Label();
    placeholder.setId("placeholder");
    placeholder.textProperty().bind(viewModel.placeholderProperty());
    root.setTop(menuBar);
    root.setCenter(placeholder);
  }

  public Parent root() {
    return root;
  }
}
