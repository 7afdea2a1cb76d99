package dev.weft.ui.replay;

import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.ui.testing.Samples;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Ten minutes of a recorded fabric: healthy, then app2@gz-1 down from minute 5 on; one action
/// at minute 7. Remembers every instant it was asked for.
public class FakeReplaySource implements ReplaySource {
  public static final Instant START = Samples.NOW.minusSeconds(600);
  public static final Instant END = Samples.NOW;
  public static final Instant DOWN_AT = START.plusSeconds(300);
  public static final Instant ACTION_AT = START.plusSeconds(420);
  public final FabricSnapshot healthy = Samples.healthy();
  public final FabricSnapshot down =
      Samples.edit(healthy, "app2", "gz-1", p -> Samples.withHealth(p, Health.DOWN));
  public final List<Instant> sought = new ArrayList<>();
  public boolean closed;

  @Override
  public Optional<Instant[]> span() {
    return Optional.of(new Instant[] {START, END});
  }

  @Override
  public Optional<FabricSnapshot> at(Instant t) {
    sought.add(t);
    return Optional.of(t.isBefore(DOWN_AT) ? healthy : down);
  }

  @Override
  public List<Marker> actions(Instant from, Instant to) {
    return List.of(new Marker(ACTION_AT, "drain gz-1 by alice: DONE"));
  }

  @Override
  public Optional<Instant> nextChange(Instant t) {
    return List.of(DOWN_AT, ACTION_AT).stream().filter(c -> c.isAfter(t)).findFirst();
  }

  @Override
  public Optional<Instant> previousChange(Instant t) {
    return List.of(ACTION_AT, DOWN_AT).stream().filter(c -> c.isBefore(t)).findFirst();
  }

  @Override
  public void close() {
    closed = true;
  }
}
