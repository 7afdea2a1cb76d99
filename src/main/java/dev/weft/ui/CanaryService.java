package dev.weft.ui;

import dev.weft.action.Actions;
import dev.weft.action.ApiException;
import dev.weft.action.canary.CanaryEngine;
import dev.weft.action.canary.CanaryResult;
import dev.weft.action.canary.Release;
import dev.weft.action.canary.StartPlan;
import dev.weft.action.canary.StartRequest;
import dev.weft.fabric.Canary;
import dev.weft.fabric.HealthGates;
import java.util.List;

/// The canary panel's seam to [CanaryEngine], so that tests can hand the view model a fake.
///
/// Threading: every method but [#settings] blocks on the network: call on a background thread.
public interface CanaryService {
  /// No fabric Weft can act on: every command refuses with a message.
  CanaryService NONE =
      new CanaryService() {
        @Override
        public Canary settings() {
          return new Canary(List.of(), HealthGates.defaults());
        }

        @Override
        public StartPlan plan(StartRequest request) {
          throw new IllegalStateException(NO_FABRIC);
        }

        @Override
        public CanaryResult start(StartPlan plan) {
          return new CanaryResult(false, NO_FABRIC, null);
        }

        @Override
        public ReleaseView step(String app) {
          return null;
        }

        @Override
        public CanaryResult command(Command command, String app, String why) {
          return new CanaryResult(false, NO_FABRIC, null);
        }
      };

  String NO_FABRIC = "no fabric open that Weft can act on";

  /// The commands on a running release.
  enum Command {
    PROMOTE,
    PAUSE,
    RESUME,
    ABORT
  }

  /// The fabric's `canary` settings: the zone order and the default gates.
  Canary settings();

  /// Reads and checks a start (preview, access reviews, blockers); writes nothing.
  StartPlan plan(StartRequest request);

  CanaryResult start(StartPlan plan);

  /// Moves the app's release by at most one step and returns it with its gates, or `null` when
  /// the app never had one (or the record cannot be read now).
  ReleaseView step(String app);

  CanaryResult command(Command command, String app, String why);

  /// The real thing on `actions` (not closed by this service).
  static CanaryService of(Actions actions) {
    Canary settings = actions.fabric().canary();
    return new CanaryService() {
      private CanaryEngine made;

      // Made at the first command, as the failover actions connect at the first gesture.
      private synchronized CanaryEngine engine() {
        if (made == null) {
          made = new CanaryEngine(actions);
        }
        return made;
      }

      @Override
      public Canary settings() {
        return settings;
      }

      @Override
      public StartPlan plan(StartRequest request) {
        return engine().plan(request);
      }

      @Override
      public CanaryResult start(StartPlan plan) {
        return engine().start(plan);
      }

      @Override
      public ReleaseView step(String app) {
        Release r = engine().step(app);
        if (r == null) {
          try {
            r = engine().status(app);
          } catch (ApiException e) {
            return null;
          }
        }
        if (r == null) {
          return null;
        }
        return ReleaseView.of(r, r.phase().ended() ? null : engine().report(r));
      }

      @Override
      public CanaryResult command(Command command, String app, String why) {
        return switch (command) {
          case PROMOTE -> engine().promote(app);
          case PAUSE -> engine().pause(app, why);
          case RESUME -> engine().resume(app);
          case ABORT -> engine().abort(app, why);
        };
      }
    };
  }
}
