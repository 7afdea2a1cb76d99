package dev.weft.ui.map;

import dev.weft.ui.Messages;
import dev.weft.ui.theme.States;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/// A placement's image tags as chips (`1.4.2 ×2`), the canary filled in its own colour and
/// marked with a diamond, and where its calls go when rerouted. Binds only.
///
/// Threading: FX thread only.
final class VersionsRow extends HBox {
  private final PlacementViewModel vm;
  private final Label reroute = new Label();

  VersionsRow(PlacementViewModel vm) {
    super(5);
    this.vm = vm;
    setAlignment(Pos.CENTER_LEFT);
    reroute.getStyleClass().add("reroute-chip");
    vm.versions().addListener((ListChangeListener<VersionTag>) c -> refresh());
    vm.reroutedToProperty().addListener((o, a, b) -> refresh());
    refresh();
  }

  private void refresh() {
    getChildren().clear();
    boolean several = vm.versions().size() > 1;
    for (VersionTag tag : vm.versions()) {
      // Only the canary's pod count matters next to the baseline; it keeps the row short.
      boolean count = several && tag.canary();
      String text =
          (tag.canary() ? "\u25c6 " : "") + tag.tag() + (count ? " \u00d7" + tag.pods() : "");
      Label chip = new Label(text);
      chip.getStyleClass().add("version");
      chip.setMinWidth(Label.USE_PREF_SIZE);
      States.set(chip, "canary", tag.canary());
      getChildren().add(chip);
    }
    String target = vm.reroutedToProperty().get();
    if (!target.isEmpty()) {
      reroute.setText(Messages.get("placement.rerouted", target));
      getChildren().add(reroute);
    }
  }
}
