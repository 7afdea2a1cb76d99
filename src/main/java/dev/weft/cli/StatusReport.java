package dev.weft.cli;

import dev.weft.state.ConnectionPhase;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.GatewaySnapshot;
import dev.weft.state.Health;
import dev.weft.state.PlacementSnapshot;
import dev.weft.state.ZoneSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/// What `weft status` prints for one snapshot, as a table or JSON, and its exit code. Pure.
final class StatusReport {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private StatusReport() {}

  /// 0 when every zone is LIVE and HEALTHY with every object readable and the gateway (if any)
  /// is LIVE; else 1 (a SLOW or DEGRADED zone is not all well).
  static int exitCode(FabricSnapshot s) {
    boolean zonesOk =
        s.zones().values().stream()
            .allMatch(
                z ->
                    z.connection().phase() == ConnectionPhase.LIVE
                        && z.connection().unreadable().isEmpty()
                        && z.health() == Health.HEALTHY);
    return zonesOk && gatewayOk(s) ? ExitCodes.OK : ExitCodes.NOT_OK;
  }

  private static boolean gatewayOk(FabricSnapshot s) {
    return s.fabric().gateway() == null || s.gateway().connection().phase() == ConnectionPhase.LIVE;
  }

  static String table(FabricSnapshot s) {
    return table(s, null);
  }

  /// The table; `timedOut` (when not null) is the verdict instead of "all healthy".
  static String table(FabricSnapshot s, String timedOut) {
    return "fabric %s at %s%n".formatted(s.fabric().name(), s.at())
        + body(s, true)
        + "%n%s%n".formatted(timedOut != null ? timedOut : verdict(s));
  }

  /// What `--watch` compares to decide whether to print again: the table without its time and
  /// the API latencies, which change on a quiet fabric.
  static String state(FabricSnapshot s) {
    return body(s, false) + verdict(s);
  }

  private static String verdict(FabricSnapshot s) {
    return exitCode(s) == ExitCodes.OK ? "all healthy" : "NOT healthy";
  }

  /// "timed out after 10 s waiting for gz-1, sh-1 to sync": the zones (and gateway) that are
  /// still connecting or syncing.
  static String timedOut(FabricSnapshot s, Duration timeout) {
    List<String> waiting = new ArrayList<>();
    s.zones().values().stream()
        .filter(z -> unsettled(z.connection().phase()))
        .forEach(z -> waiting.add(z.name()));
    if (s.fabric().gateway() != null && unsettled(s.gateway().connection().phase())) {
      waiting.add("the gateway");
    }
    String after =
        timeout.toMillisPart() == 0 && timeout.toSeconds() > 0
            ? timeout.toSeconds() + " s"
            : timeout.toMillis() + " ms";
    return "timed out after %s waiting for %s to sync".formatted(after, String.join(", ", waiting));
  }

  private static boolean unsettled(ConnectionPhase phase) {
    return phase == ConnectionPhase.CONNECTING || phase == ConnectionPhase.SYNCING;
  }

  /// The gateway's region routes in the fabric file's order of regions, then any others by
  /// name: the snapshot's map has no order of its own, and lines must not move between runs.
  static SequencedMap<String, List<String>> regionRoutes(FabricSnapshot s) {
    SequencedMap<String, List<String>> ordered = new LinkedHashMap<>();
    Map<String, List<String>> routes = s.gateway().regionRoutes();
    s.fabric().regions().keySet().stream()
        .filter(routes::containsKey)
        .forEach(r -> ordered.put(r, routes.get(r)));
    new TreeMap<>(routes).forEach(ordered::putIfAbsent);
    return ordered;
  }

  private static String body(FabricSnapshot s, boolean latency) {
    StringBuilder out = new StringBuilder();
    for (ZoneSnapshot z : s.zones().values()) {
      var c = z.connection();
      out.append("%nzone %s  %s  %s".formatted(z.name(), c.phase(), z.health()));
      if (!c.reason().isBlank()) {
        out.append("  (").append(c.reason()).append(')');
      }
      if (c.phase() == ConnectionPhase.STALE) {
        out.append("  last known, stale since ").append(c.since());
      }
      if (latency) {
        c.apiLatency().ifPresent(d -> out.append("  api %d ms".formatted(d.toMillis())));
      }
      out.append('\n');
      c.unreadable().forEach(u -> out.append("  unreadable: ").append(u).append('\n'));
      if (!hasState(z)) {
        continue;
      }
      out.append(
          "  %-12s %-9s %7s %8s  %-24s %s%n"
              .formatted("APP", "HEALTH", "READY", "RESTARTS", "VERSIONS", "NOTE"));
      for (PlacementSnapshot p : z.placements().values()) {
        out.append(
            "  %-12s %-9s %7s %8d  %-24s %s%n"
                .formatted(
                    p.app(),
                    p.health(),
                    p.ready() + "/" + p.desired(),
                    p.restartsLast10m(),
                    versions(p),
                    note(p)));
      }
    }
    GatewaySnapshot g = s.gateway();
    if (s.fabric().gateway() != null) {
      out.append("%ngateway %s".formatted(g.connection().phase()));
      if (!g.connection().reason().isBlank()) {
        out.append("  (").append(g.connection().reason()).append(')');
      }
      out.append('\n');
      g.connection().unreadable().forEach(u -> out.append("  unreadable: ").append(u).append('\n'));
      if (!g.weights().isEmpty()) {
        out.append("  weights  ")
            .append(
                g.weights().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue() + "%")
                    .collect(Collectors.joining(", ")))
            .append('\n');
      }
      regionRoutes(s)
          .forEach((region, zones) -> out.append("  region %s → %s%n".formatted(region, zones)));
    }
    return out.toString();
  }

  private static boolean hasState(ZoneSnapshot z) {
    return z.connection().phase() == ConnectionPhase.LIVE
        || z.connection().phase() == ConnectionPhase.SLOW
        || z.connection().phase() == ConnectionPhase.DEGRADED
        || z.connection().phase() == ConnectionPhase.STALE
        || z.placements().values().stream().anyMatch(p -> !p.pods().isEmpty() || p.desired() > 0);
  }

  private static String versions(PlacementSnapshot p) {
    if (p.versions().isEmpty()) {
      return "-";
    }
    return p.versions().entrySet().stream()
        .map(e -> e.getKey() + "×" + e.getValue())
        .collect(Collectors.joining(" "));
  }

  private static String note(PlacementSnapshot p) {
    List<String> notes = new ArrayList<>();
    if (p.atRisk()) {
      notes.add("at risk");
    }
    p.reroutedTo().ifPresent(z -> notes.add("rerouted to " + z));
    if (!p.warnings().isEmpty()) {
      var w = p.warnings().getFirst();
      notes.add(w.reason() + " " + w.object());
    }
    return String.join("; ", notes);
  }

  static String json(FabricSnapshot s) {
    return json(s, null);
  }

  /// The JSON; `timedOut` (when not null) is given as `timedOut`, and `healthy` is false.
  static String json(FabricSnapshot s, String timedOut) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("fabric", s.fabric().name());
    root.put("at", s.at().toString());
    root.put("healthy", timedOut == null && exitCode(s) == ExitCodes.OK);
    if (timedOut != null) {
      root.put("timedOut", timedOut);
    }
    List<Object> zones = new ArrayList<>();
    for (ZoneSnapshot z : s.zones().values()) {
      Map<String, Object> zone = new LinkedHashMap<>();
      zone.put("name", z.name());
      zone.put("connection", z.connection().phase().name());
      zone.put("reason", z.connection().reason());
      zone.put("since", z.connection().since().toString());
      zone.put("unreadable", z.connection().unreadable());
      zone.put("health", z.health().name());
      List<Object> apps = new ArrayList<>();
      for (PlacementSnapshot p : z.placements().values()) {
        Map<String, Object> app = new LinkedHashMap<>();
        app.put("name", p.app());
        app.put("desired", p.desired());
        app.put("ready", p.ready());
        app.put("available", p.available());
        app.put("updated", p.updated());
        app.put("health", p.health().name());
        app.put("versions", p.versions());
        app.put("restartsLast10m", p.restartsLast10m());
        app.put("atRisk", p.atRisk());
        app.put("reroutedTo", p.reroutedTo().orElse(null));
        apps.add(app);
      }
      zone.put("apps", apps);
      zones.add(zone);
    }
    root.put("zones", zones);
    Map<String, Object> gateway = new LinkedHashMap<>();
    gateway.put("connection", s.gateway().connection().phase().name());
    gateway.put("reason", s.gateway().connection().reason());
    gateway.put("unreadable", s.gateway().connection().unreadable());
    gateway.put("weights", s.gateway().weights());
    gateway.put("regions", regionRoutes(s));
    root.put("gateway", gateway);
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }
}
