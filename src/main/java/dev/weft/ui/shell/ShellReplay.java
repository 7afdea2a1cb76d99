package dev.weft.ui.shell;

import dev.weft.state.FabricSnapshot;
import dev.weft.ui.FabricSession;
import dev.weft.ui.action.ActionsViewModel;
import dev.weft.ui.canary.CanaryPanelViewModel;
import dev.weft.ui.replay.RecordingReplaySource;
import dev.weft.ui.replay.ReplaySource;
import dev.weft.ui.replay.ReplayViewModel;
import dev.weft.ui.timeline.TimelineViewModel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// Replay in the shell: the open session's recording behind the scrubber, actions off while a
/// recorded moment is shown, the timeline starting over when the source of snapshots changes,
/// and File → Open recording… (a file read off the FX thread; a bad one is a message, and what
/// is open stays).
///
/// Threading: FX thread only; files are opened on `background`, answers come through `fx`.
final class ShellReplay {
  static final String NO_ACTIONS =
      "Replay shows the past: actions are off. Back to live (Esc) to act.";
  static final String NO_LIVE =
      "Opened from a file: no live fabric to go back to (File \u2192 Open\u2026 watches one).";
  private final ReplayViewModel replay;
  private final TimelineViewModel timeline;
  private final Executor background;
  private final Executor fx;
  private final ReadOnlyStringWrapper openError = new ReadOnlyStringWrapper("");

  ShellReplay(
      ReplayViewModel replay,
      ActionsViewModel actions,
      CanaryPanelViewModel canary,
      TimelineViewModel timeline,
      Executor background,
      Executor fx) {
    this.replay = replay;
    this.timeline = timeline;
    this.background = background;
    this.fx = fx;
    replay
        .activeProperty()
        .addListener(
            (o, was, on) -> {
              actions.setReadOnly(on ? NO_ACTIONS : null);
              canary.setReadOnly(on ? NO_ACTIONS : null);
              timeline.restart();
            });
  }

  /// A new live session: the scrubber reads what it records.
  void use(FabricSession session) {
    Optional<Path> file = session.recording();
    replay.use(file.<ReplaySource>map(RecordingReplaySource::new).orElse(NOTHING), null);
    session.onRecordingStopped(why -> fx.execute(() -> replay.recordingStopped(why)));
  }

  /// Opens `file` on `background`; `opened` hears (on the FX thread) the recording's name once
  /// it reads, and replay shows its end. A missing, foreign or corrupt file sets [#openError].
  void open(Path file, Consumer<String> opened) {
    background.execute(
        () -> {
          RecordingReplaySource source = new RecordingReplaySource(file);
          String problem;
          try {
            source.open();
            problem = source.span().isEmpty() ? "nothing was recorded in it" : null;
          } catch (RuntimeException e) {
            // An UncheckedIOException's message names its cause's class: the cause says it.
            Throwable said =
                e instanceof java.io.UncheckedIOException && e.getCause() != null
                    ? e.getCause()
                    : e;
            problem =
                said.getMessage() == null ? said.getClass().getSimpleName() : said.getMessage();
          }
          String why = problem;
          if (why != null) {
            source.close();
          }
          fx.execute(
              () -> {
                if (why != null) {
                  openError.set(
                      "Weft cannot replay "
                          + file.getFileName()
                          + ": "
                          + why.replace(file + ": ", ""));
                  return;
                }
                opened.accept(file.getFileName().toString());
                replay.use(source, NO_LIVE);
              });
        });
  }

  /// Once per frame in replay: the actions applied by the moment shown, on the timeline.
  void apply(FabricSnapshot shown) {
    Instant at = replay.instantProperty().get();
    timeline.showActions(
        at == null
            ? List.of()
            : replay.markers().stream().filter(m -> !m.at().isAfter(at)).toList());
  }

  /// Why the last File → Open recording… failed; the window shows it in a dialog, then clears it.
  ReadOnlyStringProperty openErrorProperty() {
    return openError.getReadOnlyProperty();
  }

  void clearOpenError() {
    openError.set("");
  }

  /// No recording (recording off, or a session that does not record): an empty scrubber.
  private static final ReplaySource NOTHING =
      new ReplaySource() {
        @Override
        public Optional<Instant[]> span() {
          return Optional.empty();
        }

        @Override
        public Optional<FabricSnapshot> at(Instant t) {
          return Optional.empty();
        }

        @Override
        public List<Marker> actions(Instant from, Instant to) {
          return List.of();
        }

        @Override
        public Optional<Instant> nextChange(Instant t) {
          return Optional.empty();
        }

        @Override
        public Optional<Instant> previousChange(Instant t) {
          return Optional.empty();
        }

        @Override
        public void close() {}
      };
}
