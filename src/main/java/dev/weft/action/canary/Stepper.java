package dev.weft.action.canary;

import dev.weft.action.ApiException;
import dev.weft.action.ObjectWrites;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.node.ObjectNode;

/// One step of a release, decided from the record and the live objects: judge the zone being
/// judged, hold on no data, abort on a failed gate, move to the next zone, notice someone
/// else's change. Every step is idempotent: run twice, the second run changes nothing. Blocks;
/// the engine serializes steps per app.
final class Stepper {
  private final ObjectWrites writes;
  private final ReleaseRecords records;
  private final ZoneReader reader;
  private final ZoneWrites zones;
  private final Notices notices;

  Stepper(
      ObjectWrites writes,
      ReleaseRecords records,
      ZoneReader reader,
      ZoneWrites zones,
      Notices notices) {
    this.writes = writes;
    this.records = records;
    this.reader = reader;
    this.zones = zones;
    this.notices = notices;
  }

  /// Advances `r` by at most one step and writes the record when anything changed. A 409 on the
  /// record (another Weft moved first) ends the step; the next one reads again.
  void step(Release r) throws ApiException {
    if (r.phase.ended()) {
      return;
    }
    String before = signature(r);
    if (r.phase == ReleasePhase.ABORTING) {
      Aborts.rollBack(r, zones, notices);
    } else if (!r.paused && !drifted(r)) {
      if (r.phase == ReleasePhase.CANARY) {
        canary(r);
      } else {
        promoting(r);
      }
    }
    if (!before.equals(signature(r))) {
      records.update(r);
      if (r.phase == ReleasePhase.ABORTING) {
        Aborts.rollBack(r, zones, notices);
        records.update(r);
      }
    }
  }

  private static String signature(Release r) {
    ObjectNode o = r.toJson();
    o.remove("updatedAt");
    return o.toString();
  }

  private void canary(Release r) throws ApiException {
    try {
      zones.createCanary(r);
    } catch (ApiException e) {
      held(r, r.canaryZone + ": " + e.describe());
      return;
    }
    GateReport report =
        Gates.judge(
            r.canaryZone,
            r.gates,
            reader.canary(r, r.stepSince),
            r.stepSince,
            r.passingSince,
            r.gates.soak());
    if (!judged(r, report)) {
      return;
    }
    if (report.verdict() == GateVerdict.PASS && r.promoteRequested) {
      r.phase = ReleasePhase.PROMOTING;
      r.step = 0;
      r.promoteRequested = false;
      r.passingSince = null;
      r.lastVerdict = "";
    }
  }

  private void promoting(Release r) throws ApiException {
    String zone = r.currentZone();
    if (!r.touched.contains(zone)) {
      r.touched.add(zone);
      r.stepSince = writes.now();
      r.passingSince = null;
      r.lastVerdict = "";
      records.update(r);
    }
    try {
      zones.setImage(r, zone, r.image, true);
      if (r.step == 0) {
        zones.deleteCanary(r);
      }
    } catch (ApiException e) {
      if (e.unreachable()) {
        held(r, zone + " unreachable: " + e.describe() + "; waiting (a zone is never skipped)");
      } else {
        pause(r, "cannot update " + r.deployment + " in " + zone + ": " + e.describe());
      }
      return;
    }
    Duration soak = r.step == 0 ? Duration.ZERO : r.gates.soak();
    GateReport report =
        Gates.judge(
            zone, r.gates, reader.stable(r, zone, r.stepSince), r.stepSince, r.passingSince, soak);
    if (!judged(r, report) || report.verdict() != GateVerdict.PASS) {
      return;
    }
    notices.post(
        r, zone, "WeftCanaryPromoted", zone + " runs " + r.image + " and holds its gates", false);
    if (r.step + 1 < r.order.size()) {
      r.step++;
      r.passingSince = null;
      r.lastVerdict = "";
    } else {
      r.phase = ReleasePhase.PROMOTED;
      r.endReason = "promoted to every zone: " + String.join(", ", r.order);
      r.order.forEach(z -> r.results.put(z, "runs " + r.image));
      notices.post(r, zone, "WeftCanaryEnded", r.endReason, false);
    }
  }

  /// Applies a gate report; false when the step cannot go on (no data, failed: aborting).
  private boolean judged(Release r, GateReport report) {
    Instant now = writes.now();
    if (report.verdict() == GateVerdict.NO_DATA) {
      held(r, report.why());
      return false;
    }
    if (!r.hold.isEmpty()) {
      if (r.holdSince != null && r.stepSince != null) {
        r.stepSince = r.stepSince.plus(Duration.between(r.holdSince, now));
      }
      r.hold = "";
      r.holdSince = null;
      notices.post(r, report.zone(), "WeftCanaryResumed", "data is back: " + report.text(), false);
    }
    r.passingSince = report.passingSince();
    if (!report.verdict().name().equals(r.lastVerdict)) {
      r.lastVerdict = report.verdict().name();
      r.verdicts.put(report.zone(), report.text());
      notices.post(
          r,
          report.zone(),
          "WeftCanaryVerdict",
          report.text(),
          report.verdict() == GateVerdict.FAIL);
    }
    if (report.verdict() == GateVerdict.FAIL) {
      Aborts.begin(r, "gate failed in " + report.zone() + ": " + report.why());
      return false;
    }
    return true;
  }

  private void held(Release r, String why) {
    r.passingSince = null;
    if (r.hold.isEmpty()) {
      r.holdSince = writes.now();
      r.hold = why;
      notices.post(r, r.currentZone(), "WeftCanaryWaiting", "no data, waiting: " + why, false);
    }
  }

  private void pause(Release r, String why) {
    r.paused = true;
    r.pauseReason = why;
    notices.post(r, r.currentZone(), "WeftCanaryPaused", why, true);
  }

  /// Someone else changed a zone's image: pause and say who; a zone of the release whose image
  /// went back to the previous one is a manual rollback, which ends the release as aborted.
  private boolean drifted(Release r) {
    java.util.Map<String, ObjectNode> read = reader.deployments(r.order, r.deployment);
    for (String zone : r.order) {
      ObjectNode d = read.get(zone);
      if (d == null) {
        continue; // gone, or the zone does not answer: nothing to compare
      }
      boolean touched = r.touched.contains(zone);
      String actual = ZoneReader.image(d);
      String previous = r.previous.getOrDefault(zone, "");
      String expected = touched ? r.image : previous;
      if (actual.equals(expected)) {
        continue;
      }
      boolean marked =
          d.path("metadata")
              .path("annotations")
              .path(ZoneWrites.RELEASE)
              .asString("")
              .contains(r.id);
      if (touched && !marked && actual.equals(previous)) {
        continue; // our own write of this zone is still to come
      }
      String who = ZoneReader.changedBy(d);
      if (touched && actual.equals(previous)) {
        Aborts.begin(
            r,
            "manual rollback: "
                + who
                + " set "
                + r.deployment
                + " in "
                + zone
                + " back to "
                + previous);
        notices.post(r, zone, "WeftCanaryDrift", r.endReason, true);
        return true;
      }
      if (!r.paused) {
        pause(
            r,
            who
                + " changed "
                + r.deployment
                + "'s image in "
                + zone
                + " to "
                + actual
                + " (the release expects "
                + expected
                + ")");
      }
      return true;
    }
    return false;
  }
}
