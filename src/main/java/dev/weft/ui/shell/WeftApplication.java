package dev.weft.ui.shell;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/// The JavaFX application. JavaFX instantiates it reflectively, so the fabric to open arrives
/// through a field set just before launch.
public final class WeftApplication extends Application {
  static volatile Path initialFabric;

  @Override
  public void start(Stage stage) {
    ShellViewModel viewModel = new ShellViewModel(initialFabric);
    ShellView view = new ShellView(viewModel);
    stage.setScene(new Scene(view.root(), 1280, 800));
    stage.titleProperty().bind(viewModel.titleProperty());
    stage.show();
  }
}
