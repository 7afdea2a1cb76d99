package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Lane;
import dev.weft.ui.theme.States;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;

/// One zone's lane: a band behind its placements with a header naming the zone, its region, a
/// health summary and, when the zone is not live, why and since when. Binds only; the band
/// itself is painted by the [LaneLayer] from this node's states.
///
/// Threading: FX thread only.
final class LaneNode extends Pane {
  private final MapGeometry.Box bounds;

  LaneNode(ZoneLaneViewModel vm, Lane lane) {
    setId("lane-" + vm.zone());
    getStyleClass().add("lane");
    resizeRelocate(
        lane.bounds().x(), lane.bounds().y(), lane.bounds().width(), lane.bounds().height());
    setManaged(false);
    this.bounds = lane.bounds();
    // The band is painted by the [LaneLayer] underneath (from this node's states); an inline
    // style outranks every stylesheet, so the rules for `.lane` never draw it twice.
    setStyle("-fx-background-color: transparent; -fx-border-color: transparent; -fx-effect: null;");
    setPickOnBounds(true);

    Label name = new Label(vm.zone());
    name.getStyleClass().add("lane-name");
    Label region = new Label(vm.region());
    region.getStyleClass().add("lane-region");
    region.setVisible(!vm.region().isEmpty());
    HBox title = new HBox(8, name, region);
    title.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    Label display = new Label(vm.displayName());
    display.getStyleClass().add("lane-display");
    Label summary = new Label();
    summary.getStyleClass().add("lane-summary");
    SteadyText.follow(summary.textProperty(), vm.summaryProperty());
    Label status = new Label();
    status.setId("lane-status-" + vm.zone());
    status.getStyleClass().add("lane-status");
    status.textProperty().bind(vm.statusProperty());
    status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
    status.setMaxWidth(lane.header().width() - 34);
    status.setMinHeight(Label.USE_PREF_SIZE);
    // The reason is the point: wrapped, and before the other lines (see [LaneHeader]).
    status.setWrapText(true);
    summary.setWrapText(true);
    summary.setMaxWidth(lane.header().width() - 34);
    summary.setMinHeight(Label.USE_PREF_SIZE);
    LaneHeader header = new LaneHeader(title, display, summary, status);
    header.getStyleClass().add("lane-header");
    header.setPrefSize(lane.header().width(), lane.header().height());
    // Under the map's zoom, software rendering draws text glyph by glyph as outlines, every
    // frame the map repaints around it: the header is shown from a bitmap, drawn again when its
    // words or the zoom change.
    header.setCache(true);
    getChildren().add(header);

    States.bind(this, "stale", vm.staleProperty());
    States.bind(this, "unreachable", vm.unreachableProperty());
    accessibleTextProperty().bind(vm.summaryProperty());
  }

  /// The lane's band on the map.
  MapGeometry.Box bounds() {
    return bounds;
  }
}
