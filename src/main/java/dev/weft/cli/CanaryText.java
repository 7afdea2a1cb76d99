package dev.weft.cli;

import dev.weft.action.canary.GateReport;
import dev.weft.action.canary.GateResult;
import dev.weft.action.canary.Release;
import java.io.PrintWriter;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/// A release as text and JSON for `weft canary` commands. Pure.
final class CanaryText {
  private CanaryText() {}

  static void print(PrintWriter out, Release r, GateReport report) {
    out.println(
        r.app()
            + "  "
            + r.image()
            + "  "
            + r.state()
            + "  (release "
            + r.id()
            + " by "
            + r.by()
            + ", "
            + r.startedAt()
            + ")");
    for (int i = 0; i < r.order().size(); i++) {
      String zone = r.order().get(i);
      String mark =
          r.touched().contains(zone)
              ? (r.phase().ended() || i < r.step() ? "done" : "now")
              : (i == 0 && r.phase().name().equals("CANARY") ? "canary" : "to go");
      out.println(
          "  "
              + (i + 1)
              + ". "
              + zone
              + "  "
              + mark
              + "  previous "
              + r.previous().getOrDefault(zone, "?")
              + (r.results().containsKey(zone) ? "  → " + r.results().get(zone) : ""));
    }
    if (report != null && !r.phase().ended()) {
      out.println("  gates in " + report.zone() + ": " + report.verdict().label());
      for (GateResult g : report.gates()) {
        out.println("    " + g.text());
      }
    }
    if (!r.endReason().isEmpty()) {
      out.println("  " + r.endReason());
    }
    out.flush();
  }

  static ObjectNode json(Release r, GateReport report) {
    ObjectNode o = JsonMapper.shared().createObjectNode();
    o.put("id", r.id()).put("app", r.app()).put("image", r.image()).put("phase", r.phase().label());
    o.put("state", r.state()).put("by", r.by()).put("startedAt", String.valueOf(r.startedAt()));
    o.put("canaryZone", r.canaryZone()).put("replicas", r.replicas()).put("step", r.step());
    o.put("paused", r.paused()).put("pauseReason", r.pauseReason()).put("hold", r.hold());
    o.put("promoteRequested", r.promoteRequested()).put("endReason", r.endReason());
    r.order().forEach(o.putArray("order")::add);
    r.touched().forEach(o.putArray("touched")::add);
    ObjectNode prev = o.putObject("previous");
    r.previous().forEach(prev::put);
    ObjectNode results = o.putObject("results");
    r.results().forEach(results::put);
    if (report != null && !r.phase().ended()) {
      ObjectNode gates =
          o.putObject("gates").put("zone", report.zone()).put("verdict", report.verdict().label());
      for (GateResult g : report.gates()) {
        gates
            .putObject(g.gate())
            .put("value", g.value())
            .put("threshold", g.threshold())
            .put("verdict", g.verdict().label());
      }
    }
    return o;
  }

  static String perZone(Map<String, String> results) {
    return String.join(
        "; ", results.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
  }
}
