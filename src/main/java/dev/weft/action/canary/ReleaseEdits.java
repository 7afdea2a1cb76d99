package dev.weft.action.canary;

import dev.weft.action.ApiException;
import dev.weft.action.ObjectWrites;
import dev.weft.action.Permission;
import java.util.List;

/// A user's change to a release in progress (promote, pause, resume, abort): checked against
/// the user's rights, written to the record with the `resourceVersion` read (retried on 409:
/// the step that moved meanwhile is read again), told as a notice. Blocks; thread-safe.
final class ReleaseEdits {
  private final ObjectWrites writes;
  private final ReleaseRecords records;
  private final Notices notices;
  private final AppLocks locks;

  ReleaseEdits(ObjectWrites writes, ReleaseRecords records, Notices notices, AppLocks locks) {
    this.writes = writes;
    this.records = records;
    this.notices = notices;
    this.locks = locks;
  }

  interface Edit {
    /// Changes `r`; returns `""` when done, a sentence when there is nothing to do.
    String apply(Release r);
  }

  CanaryResult change(String app, String verb, Edit edit) {
    List<String> denied = denied();
    if (!denied.isEmpty()) {
      return new CanaryResult(false, "refused: " + String.join("; ", denied), null);
    }
    return locks.locked(
        app,
        () -> {
          for (int attempt = 0; attempt < 10; attempt++) {
            Release r;
            try {
              r = records.read(app);
            } catch (ApiException e) {
              return new CanaryResult(
                  false, "cannot read the release of " + app + ": " + e.describe(), null);
            }
            if (r == null || r.phase.ended()) {
              return new CanaryResult(
                  false,
                  "nothing to "
                      + verb
                      + ": no release of "
                      + app
                      + " in progress"
                      + (r == null ? "" : " (the last one, " + r.id + ", " + r.phase.label() + ")"),
                  r);
            }
            String nothing = edit.apply(r);
            if (nothing == null || !nothing.isEmpty()) {
              return new CanaryResult(
                  false, "nothing to " + verb + ": " + (nothing == null ? r.state() : nothing), r);
            }
            try {
              records.update(r);
            } catch (ApiException e) {
              if (e.conflict()) {
                continue;
              }
              return new CanaryResult(false, "cannot " + verb + ": " + e.describe(), r);
            }
            notices.post(
                r,
                r.currentZone(),
                "WeftCanary" + Character.toUpperCase(verb.charAt(0)) + verb.substring(1),
                verb + " by " + user(),
                false);
            return new CanaryResult(true, verb + ": " + r.state(), r);
          }
          return new CanaryResult(
              false, "cannot " + verb + ": the release keeps changing under us; try again", null);
        });
  }

  /// Whether this user may change releases: update the record and the Deployments.
  private List<String> denied() {
    List<ObjectWrites.Access> asks = new java.util.ArrayList<>();
    asks.add(new ObjectWrites.Access("gateway", "update", "ConfigMap", records.namespace(), null));
    return writes.permissions(asks).stream()
        .filter(p -> p.verdict() == Permission.Verdict.DENIED)
        .map(p -> "forbidden: " + p.describe())
        .toList();
  }

  String user() {
    try {
      return writes.user("gateway");
    } catch (ApiException e) {
      return "?";
    }
  }
}
