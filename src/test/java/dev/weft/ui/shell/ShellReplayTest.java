package dev.weft.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ui.action.ActionsViewModel;
import dev.weft.ui.canary.CanaryPanelViewModel;
import dev.weft.ui.replay.FakeReplaySource;
import dev.weft.ui.replay.ReplayViewModel;
import dev.weft.ui.timeline.TimelineEntry;
import dev.weft.ui.timeline.TimelineViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Replay in the shell: actions off in the view models (not only greyed in the views) while a
/// recorded moment is shown, the timeline listing that moment's past, and a bad file refused.
class ShellReplayTest {
  private final FakeReplaySource source = new FakeReplaySource();
  private final ReplayViewModel replay =
      new ReplayViewModel(
          Runnable::run,
          Runnable::run,
          Clock.fixed(FakeReplaySource.END, ZoneOffset.UTC),
          ZoneOffset.UTC);
  private final ActionsViewModel actions =
      new ActionsViewModel(Runnable::run, Runnable::run, null, ZoneOffset.UTC);
  private final CanaryPanelViewModel canary =
      new CanaryPanelViewModel(Runnable::run, null, Clock.systemUTC());
  private final TimelineViewModel timeline = new TimelineViewModel(id -> {});
  private final ShellReplay glue =
      new ShellReplay(replay, actions, canary, timeline, Runnable::run, Runnable::run);

  @Test
  void actionsAreOffInReplayAndBackWhenLive() {
    replay.use(source, null);
    actions.apply(source.healthy);
    assertThat(actions.canDrain("gz-1", null).allowed()).isTrue();

    replay.scrubTo(FakeReplaySource.START);
    assertThat(actions.canActProperty().get()).isFalse();
    assertThat(actions.canDrain("gz-1", null).reason()).isEqualTo(ShellReplay.NO_ACTIONS);
    assertThat(actions.canReroute("app2", "gz-1", "sh-1").allowed()).isFalse();
    assertThat(canary.startCommand().enabledProperty().get()).isFalse();
    assertThat(canary.startCommand().whyProperty().get()).isEqualTo(ShellReplay.NO_ACTIONS);
    assertThat(canary.abortCommand().enabledProperty().get()).isFalse();

    replay.backToLive();
    assertThat(actions.canActProperty().get()).isTrue();
    assertThat(actions.canDrain("gz-1", null).allowed()).isTrue();
    assertThat(canary.startCommand().whyProperty().get()).isNotEqualTo(ShellReplay.NO_ACTIONS);
  }

  @Test
  void theTimelineListsTheMomentsPastAndItsActions() {
    replay.use(source, null);
    timeline.apply(source.down);
    replay.scrubTo(FakeReplaySource.ACTION_AT.plusSeconds(1));
    timeline.apply(source.down);
    glue.apply(source.down);
    assertThat(timeline.visibleEntries())
        .extracting(TimelineEntry::kind)
        .contains(TimelineEntry.Kind.ACTION, TimelineEntry.Kind.TRANSITION);
    replay.scrubTo(FakeReplaySource.START);
    timeline.apply(source.healthy);
    glue.apply(source.healthy);
    assertThat(timeline.visibleEntries()).isEmpty();
  }

  @Test
  void aSessionWhoseRecordingStopsShowsAWarningAndKeepsWatching() {
    dev.weft.ui.FabricSession session =
        new dev.weft.ui.FabricSession() {
          @Override
          public dev.weft.ui.FabricFeed feed() {
            return null;
          }

          @Override
          public void onRecordingStopped(java.util.function.Consumer<String> listener) {
            listener.accept("the disk is full (SQLITE_FULL)");
          }

          @Override
          public void close() {}
        };
    glue.use(session);
    assertThat(replay.recordingWarningProperty().get())
        .isEqualTo("Not recording: the disk is full (SQLITE_FULL)");
    // No recording behind the scrubber: it stays live and empty.
    assertThat(replay.startProperty().get()).isNull();
    replay.scrubTo(FakeReplaySource.START);
    assertThat(replay.activeProperty().get()).isFalse();
  }

  @Test
  void aFileThatIsNotARecordingIsRefusedWithWhy(@TempDir Path dir) throws Exception {
    Path junk = Files.writeString(dir.resolve("notes.weftrec"), "not a database at all");
    String[] opened = {null};
    glue.open(junk, name -> opened[0] = name);
    assertThat(opened[0]).isNull();
    assertThat(glue.openErrorProperty().get())
        .startsWith("Weft cannot replay notes.weftrec: ")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    glue.open(dir.resolve("missing.weftrec"), name -> opened[0] = name);
    assertThat(glue.openErrorProperty().get())
        .startsWith("Weft cannot replay missing.weftrec: no recording at ")
        .doesNotContain("java.io");
  }
}
