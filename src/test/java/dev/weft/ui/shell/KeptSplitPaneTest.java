package dev.weft.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.weft.ui.export.HeadlessFx;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

/// After one trip to a small window the map stayed smaller for good: the split pane had moved
/// its divider clear of the timeline's least height and left it there. Now the divider goes
/// back where it was put when the window grows again, and a divider the user moves is the new
/// place to go back to.
class KeptSplitPaneTest {
  @Test
  void theDividerGoesBackWhereItWasPutWhenTheWindowGrowsAgain() {
    List<Double> seen =
        HeadlessFx.call(
            () -> {
              Region map = new Region();
              Region timeline = new Region();
              timeline.setMinHeight(200);
              KeptSplitPane pane = new KeptSplitPane(map, timeline);
              pane.setOrientation(Orientation.VERTICAL);
              StackPane root = new StackPane(pane);
              new Scene(root, 800, 900);
              root.applyCss();
              pane.setDividerPositions(0.72);
              List<Double> out = new ArrayList<>();
              for (double height : new double[] {900, 450, 900}) {
                root.resize(800, height);
                root.layout();
                out.add(pane.getDividerPositions()[0]);
              }
              // The user drags it to the middle: kept through another trip.
              pane.setDividerPositions(0.5);
              root.layout();
              for (double height : new double[] {350, 900}) {
                root.resize(800, height);
                root.layout();
                out.add(pane.getDividerPositions()[0]);
              }
              // A layout that moved the divider asks for one more; after that, none, in a small
              // window too (where the divider cannot be where it is wanted).
              root.layout();
              out.add(pane.isNeedsLayout() ? 1.0 : 0.0);
              root.resize(800, 350);
              root.layout();
              root.layout();
              out.add(pane.isNeedsLayout() ? 1.0 : 0.0);
              // What the window saves on quitting: where the user put it.
              out.add(pane.keptPositions()[0]);
              return out;
            });
    assertThat(seen.get(0)).isCloseTo(0.72, within(0.01));
    assertThat(seen.get(1)).as("small: clear of the timeline").isLessThan(0.6);
    assertThat(seen.get(2)).as("grown again").isCloseTo(0.72, within(0.01));
    assertThat(seen.get(3)).isLessThan(0.5);
    assertThat(seen.get(4)).as("where the user put it").isCloseTo(0.5, within(0.01));
    assertThat(seen.get(5)).as("laid out once, not again and again").isZero();
    assertThat(seen.get(6)).as("small: laid out once, not again and again").isZero();
    assertThat(seen.get(7)).as("saved small").isCloseTo(0.5, within(0.01));
  }
}
