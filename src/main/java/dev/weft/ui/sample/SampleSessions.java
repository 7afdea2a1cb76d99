package dev.weft.ui.sample;

import dev.weft.fabric.Fabric;
import dev.weft.state.FabricSnapshot;
import dev.weft.ui.DemoControls;
import dev.weft.ui.FabricFeed;
import dev.weft.ui.FabricSession;
import dev.weft.ui.FabricSessions;
import java.time.Clock;
import java.util.List;

/// Stand-in sessions until the live model and the embedded demo are wired in the composition
/// root: the demo shows the sample three-zone fabric and its Demo menu switches between sample
/// states; a real fabric shows its shape with every zone still connecting.
///
/// Threading: thread-safe.
public final class SampleSessions implements FabricSessions {
  private final Clock clock;

  public SampleSessions(Clock clock) {
    this.clock = clock;
  }

  @Override
  public FabricSession connect(Fabric fabric) {
    SampleFeed feed = new SampleFeed(SampleScenarios.connecting(fabric, clock.instant()));
    return session(feed, DemoControls.NONE);
  }

  @Override
  public FabricSession demo() {
    SampleFeed feed = new SampleFeed(SampleSnapshots.threeZonesHealthy(clock.instant()));
    DemoControls controls =
        new DemoControls() {
          @Override
          public List<String> scenarios() {
            return SampleScenarios.NAMES;
          }

          @Override
          public void run(String scenario) {
            FabricSnapshot now = feed.current();
            feed.publish(SampleScenarios.apply(scenario, now, clock.instant()));
          }
        };
    return session(feed, controls);
  }

  private static FabricSession session(FabricFeed feed, DemoControls controls) {
    return new FabricSession() {
      @Override
      public FabricFeed feed() {
        return feed;
      }

      @Override
      public DemoControls demo() {
        return controls;
      }

      @Override
      public void close() {}
    };
  }
}
