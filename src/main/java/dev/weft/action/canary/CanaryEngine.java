package dev.weft.action.canary;

import dev.weft.action.Actions;
import dev.weft.action.ApiException;
import dev.weft.action.ObjectWrites;
import dev.weft.fabric.Fabric;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Predicate;

/// Canary releases of a fabric's apps: start, judge, promote zone by zone, pause, resume, abort.
/// The state lives in the clusters (the release's record in the gateway namespace and
/// annotations on the Deployments), so any Weft (restarted, second, command line) sees a
/// release and can continue or abort it. A release moves only while some Weft steps it
/// ([#step], [#follow]): the window does while it shows the app, `weft canary status --watch`
/// and `promote --wait` do while they run.
///
/// Threading: every method blocks on network requests; call them on a background thread. Thread
/// safe: steps and commands on one app are serialized in this process; across processes the
/// record's `resourceVersion` decides who moves first.
public final class CanaryEngine {
  private final Fabric fabric;
  private final ObjectWrites writes;
  private final ReleaseRecords records;
  private final ZoneReader reader;
  private final ZoneWrites zones;
  private final Notices notices;
  private final Stepper stepper;
  private final AppLocks locks = new AppLocks();
  private final ReleaseEdits edits;

  public CanaryEngine(Actions actions) {
    this.fabric = actions.fabric();
    this.writes = actions.writes();
    this.records = new ReleaseRecords(writes);
    this.reader = new ZoneReader(writes);
    this.zones = new ZoneWrites(writes, reader);
    this.notices = new Notices(writes, reader);
    this.stepper = new Stepper(writes, records, reader, zones, notices);
    this.edits = new ReleaseEdits(writes, records, notices, locks);
  }

  /// Receives one line per start, verdict change, step, pause, resume and abort, on the thread
  /// that caused it.
  public void onNotice(Consumer<String> listener) {
    notices.listen(listener);
  }

  /// Reads and checks a start; writes nothing.
  public StartPlan plan(StartRequest request) {
    return new StartPlanner(fabric, writes, records, reader).plan(request);
  }

  /// Starts `plan`: the release record (refused, naming the holder, when another release of the
  /// app holds it), then the canary Deployment.
  public CanaryResult start(StartPlan plan) {
    if (!plan.feasible()) {
      return new CanaryResult(false, "refused: " + String.join("; ", plan.blockers()), null);
    }
    Release r = plan.release();
    return locks.locked(
        r.app,
        () -> {
          try {
            Release old = records.read(r.app);
            if (old != null && !old.phase.ended()) {
              return new CanaryResult(false, "refused: " + holder(old), old);
            }
            r.readVersion = old == null ? "" : old.readVersion;
            records.create(r, old != null);
          } catch (ApiException e) {
            if (e.conflict()) {
              Release holder = readQuietly(r.app);
              return new CanaryResult(
                  false,
                  "refused: " + (holder == null ? "another start won the race" : holder(holder)),
                  holder);
            }
            return new CanaryResult(
                false, "refused: cannot write the release record: " + e.describe(), null);
          }
          notices.post(
              r,
              r.canaryZone,
              "WeftCanaryStarted",
              "canary of " + r.replicas + " × " + r.image + " in " + r.canaryZone + " by " + r.by,
              false);
          try {
            zones.createCanary(r);
          } catch (ApiException e) {
            return new CanaryResult(
                true,
                "started "
                    + r.id
                    + "; the canary Deployment is not created yet ("
                    + e.describe()
                    + "): it is retried at the next step",
                r);
          }
          return new CanaryResult(
              true,
              "started " + r.id + ": " + r.replicas + " × " + r.image + " in " + r.canaryZone,
              r);
        });
  }

  static String holder(Release r) {
    return r.app
        + " already has a release in progress: "
        + r.id
        + " ("
        + r.image
        + ") by "
        + r.by
        + " since "
        + r.startedAt
        + ", "
        + r.state();
  }

  /// The app's release (the last one when none runs), or `null`.
  public Release status(String app) throws ApiException {
    return records.read(app);
  }

  /// Every app's release, ended ones included.
  public List<Release> all() throws ApiException {
    return records.all();
  }

  /// The gate verdicts of the zone being judged, read now.
  public GateReport report(Release r) {
    if (r.phase == ReleasePhase.CANARY) {
      return Gates.judge(
          r.canaryZone,
          r.gates,
          reader.canary(r, r.stepSince),
          r.stepSince,
          r.passingSince,
          r.gates.soak());
    }
    String zone = r.currentZone();
    Duration soak = r.step == 0 ? Duration.ZERO : r.gates.soak();
    return Gates.judge(
        zone, r.gates, reader.stable(r, zone, r.stepSince), r.stepSince, r.passingSince, soak);
  }

  /// Asks for promotion: once the canary holds its gates for the soak, the zones follow in
  /// order. Refused when nothing is in progress.
  public CanaryResult promote(String app) {
    return edits.change(
        app,
        "promote",
        r -> {
          if (r.phase != ReleasePhase.CANARY) {
            return r.phase == ReleasePhase.PROMOTING ? "already promoting" : null;
          }
          r.promoteRequested = true;
          return "";
        });
  }

  public CanaryResult pause(String app, String why) {
    return edits.change(
        app,
        "pause",
        r -> {
          if (r.paused) {
            return "already paused";
          }
          r.paused = true;
          r.pauseReason =
              "paused by " + edits.user() + (why == null || why.isEmpty() ? "" : ": " + why);
          return "";
        });
  }

  public CanaryResult resume(String app) {
    return edits.change(
        app,
        "resume",
        r -> {
          if (!r.paused) {
            return "not paused";
          }
          r.paused = false;
          r.pauseReason = "";
          r.passingSince = null;
          r.stepSince = writes.now();
          return "";
        });
  }

  /// Aborts: wins over a pending promote; with nothing in progress it does nothing and says so.
  public CanaryResult abort(String app, String why) {
    CanaryResult asked =
        edits.change(
            app,
            "abort",
            r -> {
              if (r.phase == ReleasePhase.ABORTING) {
                return "";
              }
              Aborts.begin(
                  r,
                  "aborted by " + edits.user() + (why == null || why.isEmpty() ? "" : ": " + why));
              return "";
            });
    if (!asked.ok()) {
      return asked;
    }
    Release r = step(app);
    String perZone =
        r == null
            ? ""
            : String.join(
                "; ",
                r.results().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    return new CanaryResult(
        true,
        (r != null && r.phase == ReleasePhase.ABORTED
                ? "aborted: "
                : "aborting (retried until every zone answers): ")
            + perZone,
        r);
  }

  /// Moves the app's release by at most one step; returns it as it stands (or `null`).
  public Release step(String app) {
    return locks.locked(
        app,
        () -> {
          Release r = readQuietly(app);
          if (r == null || r.phase.ended()) {
            return r;
          }
          try {
            stepper.step(r);
          } catch (ApiException e) {
            // the record moved under us (409) or the gateway did not answer: next step reads again
          }
          return r;
        });
  }

  /// Steps every `every` until `until` holds for the release (or it is gone), and returns it.
  public Release follow(String app, Duration every, Predicate<Release> until) {
    String last = "";
    while (true) {
      Release r = step(app);
      if (r == null || until.test(r) || Thread.currentThread().isInterrupted()) {
        return r;
      }
      // A step that moved the release (next zone, verdict) is followed at once: the next
      // zone's rollout should not wait a tick.
      String now = r.phase + "/" + r.step + "/" + r.touched.size() + "/" + r.lastVerdict;
      if (now.equals(last)) {
        LockSupport.parkNanos(every.toNanos());
      }
      last = now;
    }
  }

  private Release readQuietly(String app) {
    try {
      return records.read(app);
    } catch (ApiException e) {
      return null;
    }
  }
}
