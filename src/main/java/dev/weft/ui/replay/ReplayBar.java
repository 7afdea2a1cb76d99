package dev.weft.ui.replay;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;

/// The time scrubber under the timeline's title: previous change, play or pause, next change,
/// 1× / 10× / 60×, the recording's span with a mark per action, and where the thumb is ("live"
/// or the moment). Dragging the thumb back replays. Binds and forwards only; while playing, an
/// animation timer hands each frame's time to the view model.
///
/// Threading: FX thread only.
public final class ReplayBar extends HBox {
  private static final DateTimeFormatter HMS =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
  private final ReplayViewModel vm;
  private final Slider slider = new Slider(0, 1, 1);
  private final Pane marks = new Pane();
  private boolean syncing;

  public ReplayBar(ReplayViewModel vm) {
    super(6);
    this.vm = vm;
    setId("replay-bar");
    getStyleClass().add("replay-bar");
    setAlignment(Pos.CENTER_LEFT);
    Button previous = button("replay-previous", "|\u25c0", "Previous health change or action");
    previous.setOnAction(e -> vm.stepPrevious());
    Button play = button("replay-play", "\u25b6", "Play the recording from here");
    play.setOnAction(e -> vm.togglePlay());
    vm.playingProperty().addListener((o, a, on) -> play.setText(on ? "||" : "\u25b6"));
    Button next = button("replay-next", "\u25b6|", "Next health change or action");
    next.setOnAction(e -> vm.stepNext());
    HBox speeds = new HBox(0);
    speeds.getStyleClass().add("replay-speeds");
    ToggleGroup group = new ToggleGroup();
    for (int s : ReplayViewModel.SPEEDS) {
      ToggleButton b = new ToggleButton(s + "\u00d7");
      b.setId("replay-speed-" + s);
      b.setToggleGroup(group);
      b.setFocusTraversable(false);
      b.setSelected(vm.speedProperty().get() == s);
      b.setOnAction(
          e -> {
            vm.speedProperty().set(s);
            b.setSelected(true);
          });
      speeds.getChildren().add(b);
    }
    slider.setId("replay-scrubber");
    slider.setFocusTraversable(false);
    slider
        .valueProperty()
        .addListener(
            (o, a, b) -> {
              if (!syncing) {
                vm.scrubToOffset(b.doubleValue());
              }
            });
    marks.setMouseTransparent(true);
    marks.getStyleClass().add("replay-marks");
    StackPane track = new StackPane(slider, marks);
    track.setMinWidth(120);
    HBox.setHgrow(track, Priority.ALWAYS);
    Label where = new Label("live");
    where.setId("replay-where");
    where.getStyleClass().add("replay-where");
    where.setMinWidth(Region.USE_PREF_SIZE);
    getChildren().addAll(previous, play, next, speeds, track, where);
    Runnable sync =
        () -> {
          syncing = true;
          slider.setMax(Math.max(1, vm.lengthMillis()));
          slider.setValue(vm.offsetMillis());
          syncing = false;
          boolean none = vm.startProperty().get() == null;
          setDisable(none);
          where.setText(
              none
                  ? "not recording"
                  : vm.instantProperty().get() == null
                      ? "live"
                      : HMS.format(vm.instantProperty().get()));
          drawMarks();
        };
    vm.startProperty().addListener((o, a, b) -> sync.run());
    vm.endProperty().addListener((o, a, b) -> sync.run());
    vm.instantProperty().addListener((o, a, b) -> sync.run());
    vm.markers().addListener((ListChangeListener<ReplaySource.Marker>) c -> drawMarks());
    marks.widthProperty().addListener((o, a, b) -> drawMarks());
    sync.run();
    AnimationTimer frames =
        new AnimationTimer() {
          @Override
          public void handle(long now) {
            vm.advance(now);
          }
        };
    vm.playingProperty()
        .addListener(
            (o, a, on) -> {
              if (on) {
                frames.start();
              } else {
                frames.stop();
              }
            });
  }

  private static Button button(String id, String glyph, String tip) {
    Button b = new Button(glyph);
    b.setId(id);
    b.getStyleClass().add("replay-button");
    b.setTooltip(new Tooltip(tip));
    b.setFocusTraversable(false);
    return b;
  }

  /// One thin mark per action, where its instant falls on the track.
  private void drawMarks() {
    marks.getChildren().clear();
    double length = vm.lengthMillis();
    double width = marks.getWidth();
    if (length <= 0 || width <= 0) {
      return;
    }
    // The thumb's travel is the track less its own width (about 14 px) at either end.
    double inset = 7;
    for (ReplaySource.Marker m : vm.markers()) {
      double offset = Duration.between(vm.startProperty().get(), m.at()).toMillis();
      Rectangle r = new Rectangle(3, 12);
      r.getStyleClass().add("replay-mark");
      r.setX(inset + (width - 2 * inset) * offset / length - 1.5);
      r.setY(marks.getHeight() / 2 - 11);
      marks.getChildren().add(r);
    }
  }
}
