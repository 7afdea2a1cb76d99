package dev.weft.ui.map;

import dev.weft.state.FabricSnapshot;
import dev.weft.ui.theme.Theme;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

/// Map views for tests, on the FX thread: a map of a snapshot laid out in a light-themed window
/// of a given size, and keys pressed on it as a user's are.
final class MapViews {
  private MapViews() {}

  /// The map of `snapshot` alone in a `width` x `height` window, laid out; `rootClasses` are
  /// added to the window's root first ("presentation" for presentation mode's type).
  static MapView shown(
      FabricSnapshot snapshot, double width, double height, String... rootClasses) {
    MapViewModel vm = new MapViewModel(new MapLayoutEngine());
    vm.apply(snapshot);
    MapView view = new MapView(vm, id -> {});
    StackPane root = new StackPane(view);
    Theme.LIGHT.applyTo(root);
    root.getStyleClass().addAll(rootClasses);
    new Scene(root, width, height);
    root.applyCss();
    root.layout();
    return view;
  }

  /// `key` pressed on the map, as when it has the focus.
  static void press(MapView view, KeyCode key) {
    Event.fireEvent(
        view, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
  }
}
