package dev.weft.ui.replay;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/// The band across the top while a recorded moment is shown: "Replay · 03:12:05 · 14 min ago",
/// that actions are off, and Back to live (Esc), or why there is no live fabric. Binds only.
///
/// Threading: FX thread only.
public final class ReplayBanner extends HBox {
  public ReplayBanner(ReplayViewModel vm, String actionsOff) {
    super(12);
    setId("replay-banner");
    getStyleClass().add("replay-banner");
    setAlignment(Pos.CENTER_LEFT);
    Label text = new Label();
    text.setId("replay-banner-text");
    text.getStyleClass().add("replay-banner-text");
    text.textProperty().bind(vm.bannerProperty());
    text.setMinWidth(Region.USE_PREF_SIZE);
    Label off = new Label(actionsOff);
    off.getStyleClass().add("replay-banner-note");
    off.setMinWidth(0);
    Label noLive = new Label();
    noLive.getStyleClass().add("replay-banner-note");
    noLive.textProperty().bind(vm.whyNoLiveProperty());
    noLive.visibleProperty().bind(vm.liveAllowedProperty().not());
    noLive.managedProperty().bind(noLive.visibleProperty());
    noLive.setMinWidth(0);
    off.visibleProperty().bind(vm.liveAllowedProperty());
    off.managedProperty().bind(off.visibleProperty());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    Button live = new Button("Back to live (Esc)");
    live.setId("replay-back-to-live");
    live.getStyleClass().add("replay-live-button");
    live.setMinWidth(Region.USE_PREF_SIZE);
    live.setOnAction(e -> vm.backToLive());
    live.visibleProperty().bind(vm.liveAllowedProperty());
    live.managedProperty().bind(live.visibleProperty());
    Tooltip why = new Tooltip();
    why.textProperty().bind(vm.whyNoLiveProperty());
    Tooltip.install(noLive, why);
    getChildren().addAll(text, off, noLive, grow, live);
    visibleProperty().bind(vm.activeProperty());
    managedProperty().bind(vm.activeProperty());
  }
}
