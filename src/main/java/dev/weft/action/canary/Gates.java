package dev.weft.action.canary;

import dev.weft.fabric.HealthGates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// Judges one zone's [Observation] against the [HealthGates]. Pure and thread-safe.
///
/// No data (zone unreachable, no pods yet) is never a failure and never a pass: the verdict is
/// NO_DATA and the soak starts again once data is back. A failed restarts or warnings gate, a
/// deadline passed (Weft's own, or the Deployment's ProgressDeadlineExceeded) fail the zone.
public final class Gates {
  private Gates() {}

  /// @param stepSince when this zone's step started (the deadline counts from there)
  /// @param passingSince since when the health gates passed before, or `null`
  /// @param soak how long they must keep passing (zero: only once)
  public static GateReport judge(
      String zone,
      HealthGates gates,
      Observation o,
      Instant stepSince,
      Instant passingSince,
      Duration soak) {
    Instant now = o.at();
    List<GateResult> out = new ArrayList<>();
    if (o.noData() != null) {
      for (String gate : List.of("ready ratio", "restarts", "warning events", "soak")) {
        out.add(new GateResult(gate, "—", threshold(gate, gates, soak), GateVerdict.NO_DATA));
      }
      return new GateReport(zone, GateVerdict.NO_DATA, out, null, o.noData());
    }
    double ratio = o.desired() == 0 ? 1.0 : (double) o.ready() / o.desired();
    GateVerdict ready =
        ratio + 1e-9 >= gates.minReadyRatio() ? GateVerdict.PASS : GateVerdict.WAITING;
    out.add(
        new GateResult(
            "ready ratio",
            String.format(Locale.ROOT, "%.2f", ratio),
            threshold("ready ratio", gates, soak),
            ready));
    GateVerdict restarts = o.restarts() > gates.maxRestarts() ? GateVerdict.FAIL : GateVerdict.PASS;
    out.add(
        new GateResult(
            "restarts",
            Integer.toString(o.restarts()),
            threshold("restarts", gates, soak),
            restarts));
    GateVerdict warnings =
        o.warnings() > gates.maxWarningEvents() ? GateVerdict.FAIL : GateVerdict.PASS;
    out.add(
        new GateResult(
            "warning events",
            Integer.toString(o.warnings()),
            threshold("warning events", gates, soak),
            warnings));
    GateVerdict rollout = o.rolledOut() ? GateVerdict.PASS : GateVerdict.WAITING;
    out.add(
        new GateResult("rollout", o.rolledOut() ? "complete" : "in progress", "complete", rollout));
    boolean healthy =
        ready == GateVerdict.PASS
            && restarts == GateVerdict.PASS
            && warnings == GateVerdict.PASS
            && rollout == GateVerdict.PASS;
    Instant since = healthy ? (passingSince == null ? now : passingSince) : null;
    Duration soaked = since == null ? Duration.ZERO : Duration.between(since, now);
    GateVerdict soakVerdict =
        since != null && soaked.compareTo(soak) >= 0 ? GateVerdict.PASS : GateVerdict.WAITING;
    out.add(new GateResult("soak", seconds(soaked), threshold("soak", gates, soak), soakVerdict));
    Duration elapsed = Duration.between(stepSince, now);
    boolean late = elapsed.compareTo(gates.deadline()) > 0 && soakVerdict != GateVerdict.PASS;
    GateVerdict deadline = late || o.deadlineExceeded() ? GateVerdict.FAIL : GateVerdict.PASS;
    out.add(
        new GateResult(
            "deadline",
            o.deadlineExceeded() ? "ProgressDeadlineExceeded" : seconds(elapsed),
            "≤ " + seconds(gates.deadline()),
            deadline));
    GateVerdict verdict = GateVerdict.PASS;
    String why = "";
    for (GateResult r : out) {
      if (r.verdict().ordinal() > verdict.ordinal()) {
        verdict = r.verdict();
        why = r.text();
      }
    }
    return new GateReport(zone, verdict, out, since, why);
  }

  private static String threshold(String gate, HealthGates g, Duration soak) {
    return switch (gate) {
      case "ready ratio" -> String.format(Locale.ROOT, "≥ %.2f", g.minReadyRatio());
      case "restarts" -> "≤ " + g.maxRestarts();
      case "warning events" -> "≤ " + g.maxWarningEvents();
      default -> seconds(soak);
    };
  }

  /// `ready ≥ 1.00, restarts ≤ 0, warnings ≤ 0, soak 60s, deadline 10m`.
  public static String describe(HealthGates g) {
    return String.format(
        Locale.ROOT,
        "ready ≥ %.2f, restarts ≤ %d, warnings ≤ %d, soak %s, deadline %s",
        g.minReadyRatio(),
        g.maxRestarts(),
        g.maxWarningEvents(),
        seconds(g.soak()),
        seconds(g.deadline()));
  }

  static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + "s" : String.format(Locale.ROOT, "%.1fs", ms / 1000.0);
  }
}
