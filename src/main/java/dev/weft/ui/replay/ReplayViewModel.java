package dev.weft.ui.replay;

import dev.weft.ui.FabricFeed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The time scrubber: whether the window shows the live fabric or a recorded moment, which
/// moment, playing it at 1×, 10× or 60×, stepping to the previous or next change or action, the
/// journal's actions as markers, and the banner saying "Replay · 03:12:05 · 14 min ago".
///
/// The moment moves at once (the banner and scrubber follow the hand); the fabric at that moment
/// comes through [#feed], sought off the FX thread, only the latest moment asked for.
///
/// Threading: FX thread only (or one test thread); the recording is read on `worker` (run one
/// task at a time there) and answers come back through `fx`.
public final class ReplayViewModel {
  public static final List<Integer> SPEEDS = List.of(1, 10, 60);
  private final Executor fx;
  private final Clock clock;
  private final ZoneId zone;
  private final ReplaySeeker seeker;
  private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
  private final ReadOnlyObjectWrapper<Instant> instant = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Instant> start = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Instant> end = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
  private final IntegerProperty speed = new SimpleIntegerProperty(1);
  private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper liveAllowed = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyStringWrapper whyNoLive = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper recordingWarning = new ReadOnlyStringWrapper("");
  private final ObservableList<ReplaySource.Marker> markers = FXCollections.observableArrayList();
  private final ObservableList<ReplaySource.Marker> markersView =
      FXCollections.unmodifiableObservableList(markers);
  private long lastNanos = -1;
  private Instant lastRefresh = Instant.MIN;

  public ReplayViewModel(Executor worker, Executor fx, Clock clock, ZoneId zone) {
    this.fx = fx;
    this.clock = clock;
    this.zone = zone;
    this.seeker = new ReplaySeeker(new SerialExecutor(worker), why -> fx.execute(() -> fail(why)));
    instant.addListener((o, a, b) -> banner());
  }

  /// Replays `source` from now on; `whyNoLive` is null when there is a live fabric to go back to
  /// (the window's own recording), else why not (a recording opened from a file). Goes to the
  /// recording's end when there is no live fabric.
  public void use(ReplaySource source, String whyNoLive) {
    seeker.use(source);
    markers.clear();
    start.set(null);
    end.set(null);
    error.set("");
    playing.set(false);
    liveAllowed.set(whyNoLive == null);
    this.whyNoLive.set(whyNoLive == null ? "" : whyNoLive);
    if (whyNoLive == null) {
      active.set(false);
      instant.set(null);
    }
    refresh(whyNoLive != null);
  }

  /// Reads the recording's span and actions again (it grows while the window records).
  public void refresh() {
    refresh(false);
  }

  private void refresh(boolean thenGoToEnd) {
    lastRefresh = clock.instant();
    seeker.submit(
        s -> {
          Optional<Instant[]> span = s.span();
          List<ReplaySource.Marker> actions =
              span.map(x -> s.actions(x[0], x[1])).orElse(List.of());
          fx.execute(
              () -> {
                if (seeker.source() != s) {
                  return;
                }
                // The end first: a view reading the span on start's change finds both.
                end.set(span.map(x -> x[1]).orElse(null));
                start.set(span.map(x -> x[0]).orElse(null));
                if (!actions.equals(markers)) {
                  markers.setAll(actions);
                }
                if (thenGoToEnd && span.isPresent()) {
                  scrubTo(span.get()[1]);
                }
              });
        });
  }

  /// Shows the fabric as it was at `t` (kept within the recording).
  public void scrubTo(Instant t) {
    if (!known()) {
      return;
    }
    Instant clamped = t.isBefore(start.get()) ? start.get() : t.isAfter(end.get()) ? end.get() : t;
    active.set(true);
    instant.set(clamped);
    seeker.request(clamped);
  }

  /// The scrubber's thumb at `millis` after the recording's start.
  public void scrubToOffset(double millis) {
    if (start.get() != null) {
      scrubTo(start.get().plusMillis(Math.round(millis)));
    }
  }

  private boolean known() {
    return start.get() != null && end.get() != null;
  }

  /// The recording's length in milliseconds; 0 when there is none.
  public double lengthMillis() {
    return !known() ? 0 : Duration.between(start.get(), end.get()).toMillis();
  }

  /// Where the thumb goes: the replayed moment, or the end when live.
  public double offsetMillis() {
    if (!known()) {
      return 0;
    }
    Instant at = instant.get() == null ? end.get() : instant.get();
    return Duration.between(start.get(), at).toMillis();
  }

  public void play() {
    if (start.get() == null) {
      return;
    }
    if (!active.get() || !instant.get().isBefore(end.get())) {
      scrubTo(active.get() ? start.get() : end.get().minusSeconds(60));
    }
    lastNanos = -1;
    playing.set(true);
  }

  public void pause() {
    playing.set(false);
  }

  public void togglePlay() {
    if (playing.get()) {
      pause();
    } else {
      play();
    }
  }

  /// One frame while playing, `nanos` on a monotonic clock: moves the moment on by the time
  /// since the last frame times the speed; pauses at the recording's end.
  public void advance(long nanos) {
    if (!playing.get()) {
      return;
    }
    if (lastNanos < 0) {
      lastNanos = nanos;
      return;
    }
    long step = (nanos - lastNanos) * speed.get();
    lastNanos = nanos;
    Instant next = instant.get().plusNanos(step);
    if (!next.isBefore(end.get())) {
      next = end.get();
      playing.set(false);
    }
    scrubTo(next);
  }

  /// To the next health change or action after the moment shown.
  public void stepNext() {
    step(s -> s.nextChange(from()));
  }

  /// To the last health change or action before the moment shown (or before now, when live).
  public void stepPrevious() {
    step(s -> s.previousChange(from()));
  }

  private Instant from() {
    return instant.get() != null ? instant.get() : end.get() == null ? clock.instant() : end.get();
  }

  private void step(Function<ReplaySource, Optional<Instant>> find) {
    if (start.get() == null) {
      return;
    }
    pause();
    seeker.submit(s -> find.apply(s).ifPresent(t -> fx.execute(() -> scrubTo(t))));
  }

  /// Back to the live fabric, when there is one.
  public void backToLive() {
    if (liveAllowed.get()) {
      playing.set(false);
      seeker.forget();
      active.set(false);
      instant.set(null);
    }
  }

  /// Once a second: the banner's "N min ago", the span of a recording being written.
  public void tick(Instant now) {
    banner();
    if (liveAllowed.get() && !now.isBefore(lastRefresh.plusSeconds(5))) {
      refresh();
    }
  }

  /// Recording stopped (a full disk): the window says so and goes on watching.
  public void recordingStopped(String why) {
    recordingWarning.set("Not recording: " + why);
  }

  private void fail(String why) {
    playing.set(false);
    error.set(why);
  }

  private void banner() {
    Instant at = instant.get();
    banner.set(at == null ? "" : ReplayWords.banner(at, clock.instant(), zone));
  }

  /// The replayed fabric, for the frame pump while [#activeProperty] is true.
  public FabricFeed feed() {
    return seeker;
  }

  /// True while the window shows a recorded moment instead of the live fabric.
  public ReadOnlyBooleanProperty activeProperty() {
    return active.getReadOnlyProperty();
  }

  /// The moment shown; `null` when live.
  public ReadOnlyObjectProperty<Instant> instantProperty() {
    return instant.getReadOnlyProperty();
  }

  /// The recording's first instant; `null` while there is none.
  public ReadOnlyObjectProperty<Instant> startProperty() {
    return start.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Instant> endProperty() {
    return end.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty playingProperty() {
    return playing.getReadOnlyProperty();
  }

  /// 1, 10 or 60: recorded seconds per second while playing.
  public IntegerProperty speedProperty() {
    return speed;
  }

  /// "Replay · 03:12:05 · 14 min ago"; empty when live.
  public ReadOnlyStringProperty bannerProperty() {
    return banner.getReadOnlyProperty();
  }

  /// Whether Back to live is possible (false for a recording opened from a file).
  public ReadOnlyBooleanProperty liveAllowedProperty() {
    return liveAllowed.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty whyNoLiveProperty() {
    return whyNoLive.getReadOnlyProperty();
  }

  /// Why the last read of the recording failed; empty when fine.
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /// Why the window stopped recording; empty while it records (or never did).
  public ReadOnlyStringProperty recordingWarningProperty() {
    return recordingWarning.getReadOnlyProperty();
  }

  /// The journal's actions in the recording, oldest first.
  public ObservableList<ReplaySource.Marker> markers() {
    return markersView;
  }
}
