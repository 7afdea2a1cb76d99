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

  /// `quiet`: every zone live and healthy (the idle benchmark), else the large sample with its
  /// incidents, a stale and an unreachable zone.
  SyntheticLoad(int zones, int apps, boolean quiet) {
    Instant now = Instant.now();
    this.feed =
        new SyntheticFeed(
            quiet
                ? SampleSnapshots.quiet(zones, apps, now)
                : SampleSnapshots.large(zones, apps, now));
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
