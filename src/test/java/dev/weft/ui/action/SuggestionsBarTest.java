package dev.weft.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.fabric.App;
import dev.weft.fabric.Fabric;
import dev.weft.state.FabricSnapshot;
import dev.weft.ui.export.HeadlessFx;
import dev.weft.ui.sample.SampleSnapshots;
import dev.weft.ui.testing.Samples;
import dev.weft.ui.theme.Theme;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/// In a storm of failures the suggestions do not cover the map they are about: the first few
/// show, the rest wait behind "N more…", which shows them all and, clicked again, fewer.
class SuggestionsBarTest {
  private static final Fabric FABRIC = SampleSnapshots.largeFabric(3, 12);

  /// Every app but the first two down in the first zone: a reroute to suggest for each.
  private static FabricSnapshot storm() {
    return Samples.downInFirstZone(
        FABRIC, 1, FABRIC.apps().stream().skip(2).map(App::name).collect(Collectors.toSet()));
  }

  @Test
  void aLongListShowsAFewAndTheRestBehindMore() {
    List<Object> seen =
        HeadlessFx.call(
            () -> {
              ActionsViewModel vm = actions();
              vm.apply(storm());
              SuggestionsBar bar =
                  new SuggestionsBar(vm, new javafx.beans.property.SimpleBooleanProperty());
              StackPane root = new StackPane(bar);
              Theme.LIGHT.applyTo(root);
              new Scene(root, 900, 700);
              root.applyCss();
              root.layout();
              Hyperlink more = (Hyperlink) bar.lookup("#suggestions-more");
              int total = vm.suggestions().size();
              long before = buttons(bar);
              String moreText = more.getText();
              double heightBefore = bar.getHeight();
              more.fire();
              root.layout();
              long expanded = buttons(bar);
              String fewerText = more.getText();
              more.fire();
              root.layout();
              return List.of(
                  total, before, moreText, expanded, fewerText, buttons(bar), heightBefore);
            });
    int total = (Integer) seen.get(0);
    assertThat(total).isGreaterThan(SuggestionsBar.FEW + 2);
    assertThat(seen.get(1)).isEqualTo((long) SuggestionsBar.FEW);
    assertThat(seen.get(2)).isEqualTo((total - SuggestionsBar.FEW) + " more\u2026");
    assertThat(seen.get(3)).isEqualTo((long) total);
    assertThat(seen.get(4)).isEqualTo("Show fewer");
    assertThat(seen.get(5)).isEqualTo((long) SuggestionsBar.FEW);
    // A few rows of buttons, not a wall of them.
    assertThat((Double) seen.get(6)).isLessThan(160);
  }

  /// In a storm the list changes every frame: a change shows at once after a quiet second, and
  /// the changes within that second show together at its end, so buttons do not move away
  /// under the user's pointer every frame.
  @Test
  void changesWithinASecondShowTogetherAtItsEnd() throws Exception {
    ActionsViewModel vm = HeadlessFx.call(SuggestionsBarTest::actions);
    SuggestionsBar bar =
        HeadlessFx.call(
            () -> {
              vm.apply(storm());
              SuggestionsBar b =
                  new SuggestionsBar(vm, new javafx.beans.property.SimpleBooleanProperty());
              new Scene(new StackPane(b), 900, 700);
              return b;
            });
    Hyperlink more = (Hyperlink) bar.lookup("#suggestions-more");
    int stormHidden = HeadlessFx.call(() -> vm.suggestions().size()) - SuggestionsBar.FEW;
    // Two fewer apps down: shown at once. Two more recover a moment later: shown a second on.
    List<String> seen =
        HeadlessFx.call(
            () -> {
              vm.apply(downAfterTheFirst(4, 2));
              String first = more.getText();
              vm.apply(downAfterTheFirst(6, 3));
              return List.of(first, more.getText());
            });
    assertThat(seen.get(0)).isEqualTo((stormHidden - 2) + " more\u2026");
    assertThat(seen.get(1)).as("within the second").isEqualTo(seen.get(0));
    WaitForAsyncUtils.waitFor(
        5,
        TimeUnit.SECONDS,
        () -> HeadlessFx.call(() -> more.getText().equals((stormHidden - 4) + " more\u2026")));
  }

  /// Presentation mode shows stakeholders how the system stands: no buttons that change it. The
  /// suggestions come back, as they were, when it ends.
  @Test
  void presentationModeHidesTheSuggestionsAndLeavingItBringsThemBack() {
    List<Boolean> seen =
        HeadlessFx.call(
            () -> {
              ActionsViewModel vm = actions();
              vm.apply(storm());
              javafx.beans.property.BooleanProperty presenting =
                  new javafx.beans.property.SimpleBooleanProperty();
              SuggestionsBar bar = new SuggestionsBar(vm, presenting);
              new Scene(new StackPane(bar), 900, 700);
              boolean before = bar.isVisible();
              presenting.set(true);
              boolean during = bar.isVisible() || bar.isManaged();
              presenting.set(false);
              return List.of(before, during, bar.isVisible(), buttons(bar) == SuggestionsBar.FEW);
            });
    assertThat(seen).containsExactly(true, false, true, true);
  }

  private static FabricSnapshot downAfterTheFirst(int healthy, long version) {
    return Samples.downInFirstZone(
        FABRIC,
        version,
        FABRIC.apps().stream().skip(healthy).map(App::name).collect(Collectors.toSet()));
  }

  private static ActionsViewModel actions() {
    ActionsViewModel vm =
        new ActionsViewModel(
            Runnable::run,
            Runnable::run,
            new DialogService() {
              @Override
              public void showPreview(PreviewViewModel preview) {}

              @Override
              public void showJournal(JournalViewModel journal) {}
            },
            ZoneOffset.UTC);
    vm.use(new FakeActions());
    return vm;
  }

  private static long buttons(SuggestionsBar bar) {
    return bar.lookupAll(".suggestion").stream().filter(Node::isVisible).count();
  }
}
