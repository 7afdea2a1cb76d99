package dev.weft.ui.canary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ui.export.HeadlessFx;
import dev.weft.ui.theme.Theme;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;

/// The canary panel in the side panel's scroll pane of a short window, as a release runs.
class CanaryPanelViewTest {
  @Test
  void abortAndPromoteAreInSightWithoutScrollingInAShortWindow() {
    CanaryPanelViewModel vm =
        new CanaryPanelViewModel(
            Runnable::run,
            new CanaryPanelViewModelTest.FakeDialogs(),
            Clock.fixed(Instant.parse("2026-12-02T01:00:12Z"), ZoneOffset.UTC));
    vm.use(new CanaryPanelViewModelTest.FakeEngine());
    vm.show("checkout");
    vm.stepNow();
    vm.drain();
    vm.start();
    vm.drain();
    vm.stepNow();
    vm.drain();
    assertThat(vm.abortCommand().enabledProperty().get()).isTrue();
    double[] bottoms =
        HeadlessFx.call(
            () -> {
              CanaryPanelView panel = new CanaryPanelView(vm);
              ScrollPane scroll = new ScrollPane(panel);
              scroll.setFitToWidth(true);
              Theme.LIGHT.applyTo(scroll);
              new Scene(scroll, 360, 300);
              scroll.applyCss();
              scroll.layout();
              return new double[] {
                bottom(scroll, panel.lookup("#canary-abort")),
                bottom(scroll, panel.lookup("#canary-promote")),
                scroll.getViewportBounds().getHeight()
              };
            });
    // Three zones of steps, two gates and two sparklines do not fit in 300 px: they scroll.
    assertThat(bottoms[0]).isLessThanOrEqualTo(bottoms[2]);
    assertThat(bottoms[1]).isLessThanOrEqualTo(bottoms[2]);
  }

  private static double bottom(ScrollPane scroll, Node node) {
    Bounds b = node.localToScene(node.getLayoutBounds());
    return b.getMaxY() - scroll.localToScene(scroll.getLayoutBounds()).getMinY();
  }
}
