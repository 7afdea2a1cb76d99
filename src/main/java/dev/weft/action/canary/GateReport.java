package dev.weft.action.canary;

import java.time.Instant;
import java.util.List;

/// Every gate of one zone at one moment, and the overall verdict (the worst). Immutable.
///
/// @param passingSince since when the health gates (ready ratio, restarts, warnings, rollout)
///     have all passed without a break, or `null`: the soak counts from there
/// @param why the gate that decides the verdict, for a person; empty on PASS
public record GateReport(
    String zone, GateVerdict verdict, List<GateResult> gates, Instant passingSince, String why) {
  public GateReport {
    gates = List.copyOf(gates);
  }

  public String text() {
    StringBuilder b = new StringBuilder(zone).append(": ").append(verdict.label());
    if (!why.isEmpty()) {
      b.append(" (").append(why).append(')');
    }
    return b.toString();
  }
}
