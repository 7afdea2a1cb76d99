package dev.weft.record;

import dev.weft.state.FabricSnapshot;
import dev.weft.state.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/// Where the next or previous thing of note is in a recording: a health or connection change
/// (a transition in the replayed model's history) or an action of the journal. A snapshot's
/// history holds every transition up to its instant (the newest few hundred), so the previous
/// change is one seek, and the next is a seek at the end, or a few more halving the way when
/// the history there no longer reaches back to the instant.
///
/// Threading: not thread-safe; the thread of its [Recording].
public final class RecordedChanges {
  private static final int HALVINGS = 40;
  private final Recording recording;

  public RecordedChanges(Recording recording) {
    this.recording = recording;
  }

  /// The first change or action strictly after `t`.
  public Optional<Instant> next(Instant t) {
    Instant action =
        recording.actions(t, Instant.parse("9999-12-31T00:00:00Z")).stream()
            .map(Recording.Action::at)
            .filter(a -> a.isAfter(t))
            .findFirst()
            .orElse(null);
    Optional<Instant[]> span = recording.growingSpan();
    if (span.isEmpty() || !span.get()[1].isAfter(t)) {
      return Optional.ofNullable(action);
    }
    Instant lo = t;
    Instant hi = span.get()[1];
    Instant found = null;
    for (int i = 0; i < HALVINGS && found == null; i++) {
      Instant at = i == 0 ? hi : lo.plus(Duration.between(lo, hi).dividedBy(2));
      Optional<FabricSnapshot> s = recording.seek(at);
      List<Transition> history = s.map(FabricSnapshot::transitions).orElse(List.of());
      Instant first =
          history.stream()
              .map(Transition::at)
              .filter(x -> x.isAfter(t))
              .min(Instant::compareTo)
              .orElse(null);
      if (first == null) {
        if (i == 0) {
          break;
        }
        lo = at;
      } else if (reachesBack(history, t)) {
        found = first;
      } else {
        hi = at;
      }
    }
    return Optional.ofNullable(earliest(found, action));
  }

  /// Whether `history` holds every transition after `t` up to its end (it is bounded).
  private static boolean reachesBack(List<Transition> history, Instant t) {
    return history.size() < 400 || !history.getFirst().at().isAfter(t);
  }

  /// The last change or action strictly before `t`.
  public Optional<Instant> previous(Instant t) {
    Instant found =
        recording.seek(t).map(FabricSnapshot::transitions).orElse(List.of()).stream()
            .map(Transition::at)
            .filter(x -> x.isBefore(t))
            .max(Instant::compareTo)
            .orElse(null);
    Instant action =
        recording.actions(Instant.EPOCH, t).stream()
            .map(Recording.Action::at)
            .filter(a -> a.isBefore(t))
            .reduce((a, b) -> b)
            .orElse(null);
    return Optional.ofNullable(
        found == null ? action : action == null || found.isAfter(action) ? found : action);
  }

  private static Instant earliest(Instant a, Instant b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }
}
