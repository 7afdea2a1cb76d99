package dev.weft.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.cluster.ClusterChange;
import dev.weft.cluster.LinkPhase;
import dev.weft.state.ConnectionPhase;
import dev.weft.state.ModelState;
import dev.weft.state.Replayer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A keyframe keeps when each connection was lost: a replay that starts from one taken while a
/// zone reconnects counts the zone's staleness from the loss, as the live window did.
class KeyframeLinkTest {
  @TempDir Path dir;

  @Test
  void aKeyframeTakenWhileAZoneReconnectsKeepsWhenItWasLost() throws Exception {
    Synthetic s = Synthetic.in(dir, 1);
    String zone = s.fabric().zones().getFirst().name();
    Instant t0 = Synthetic.T0;
    Instant lost = t0.plusSeconds(5);
    Replayer model = new Replayer(s.fabric(), t0);
    model.apply(
        List.of(
            link(zone, t0, LinkPhase.LIVE),
            link(zone, lost, LinkPhase.LOST),
            link(zone, t0.plusSeconds(25), LinkPhase.SYNCING)));

    ModelState read = StateCodec.decode(StateCodec.encode(model.export()));
    Replayer replayed = new Replayer(s.fabric(), read);
    var snapshot = replayed.apply(List.of(link(zone, t0.plusSeconds(45), LinkPhase.LOST)));

    assertThat(snapshot.zones().get(zone).connection().phase()).isEqualTo(ConnectionPhase.STALE);
    assertThat(snapshot.zones().get(zone).connection().since()).isEqualTo(lost);
  }

  private static ClusterChange link(String zone, Instant at, LinkPhase phase) {
    return new ClusterChange.LinkChanged(zone, at, phase, "connection refused", null);
  }
}
