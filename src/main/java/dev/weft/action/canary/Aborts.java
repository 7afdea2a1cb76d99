package dev.weft.action.canary;

import dev.weft.action.ApiException;

/// Abort: every zone the release touched goes back to its previous image and the canary
/// Deployment goes; per zone, the result says what it runs now. Idempotent and retried: a zone
/// that does not answer keeps the release ABORTING until it does.
final class Aborts {
  private Aborts() {}

  static void begin(Release r, String why) {
    if (r.phase.ended() || r.phase == ReleasePhase.ABORTING) {
      return;
    }
    r.phase = ReleasePhase.ABORTING;
    r.endReason = why;
    r.promoteRequested = false;
  }

  static void rollBack(Release r, ZoneWrites zones, Notices notices) {
    boolean pending = false;
    for (String zone : r.order) {
      String previous = r.previous.getOrDefault(zone, "");
      if (!r.touched.contains(zone)) {
        r.results.put(zone, "runs " + previous + " (never touched)");
        continue;
      }
      try {
        zones.setImage(r, zone, previous, false);
        r.results.put(zone, "runs " + previous + " (rolled back)");
      } catch (ApiException e) {
        pending = true;
        r.results.put(zone, "not yet rolled back to " + previous + ": " + e.describe());
      }
    }
    try {
      zones.deleteCanary(r);
      r.results.merge(r.canaryZone, ", canary removed", String::concat);
    } catch (ApiException e) {
      pending = true;
      r.results.merge(r.canaryZone, ", canary not yet removed: " + e.describe(), String::concat);
    }
    if (!pending) {
      r.phase = ReleasePhase.ABORTED;
      notices.post(r, r.canaryZone, "WeftCanaryAborted", r.endReason, true);
    }
  }
}
