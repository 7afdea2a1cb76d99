package dev.weft.ui.bench;

import dev.weft.state.FabricSnapshot;
import dev.weft.ui.FabricFeed;
import dev.weft.ui.sample.SampleSnapshots;
import java.time.Instant;

/// The synthetic source: a sample fabric of the asked size, one pod's readiness flipped per
/// event. An event signals the pump as it is made, so the pump's own age is the event's age.
///
/// Threading: see [BenchLoad].
final class SyntheticLoad implements BenchLoad {
  private final SyntheticFeed feed;

  SyntheticLoad(int zones, int apps) {
    this.feed = new SyntheticFeed(SampleSnapshots.large(zones, apps, Instant.now()));
  }

  @Override
  public FabricFeed feed() {
    return feed;
  }

  @Override
  public boolean ready() {
    return true;
  }

  @Override
  public void start(int perSecond) {
    if (perSecond > 0) {
      feed.start(perSecond);
    }
  }

  @Override
  public long events() {
    return feed.events();
  }

  @Override
  public long age(FabricSnapshot applied, long signalAge) {
    return signalAge;
  }

  @Override
  public void close() {
    feed.close();
  }
}
