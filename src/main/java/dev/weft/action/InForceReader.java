package dev.weft.action;

import dev.weft.fabric.Fabric;
import dev.weft.fabric.Zone;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// Reads the failovers in force from the clusters: the entries of `weft.dev/previous` on the
/// gateway's route (drains) and on each zone's Services (reroutes). Blocks on requests.
final class InForceReader {
  private final Fabric fabric;
  private final Clusters clusters;

  InForceReader(Fabric fabric, Clusters clusters) {
    this.fabric = fabric;
    this.clusters = clusters;
  }

  List<InForce> read() {
    List<InForce> out = new ArrayList<>();
    try {
      ObjectNode route =
          clusters
              .gateway()
              .get(Paths.route(fabric.gateway().namespace(), fabric.gateway().route()));
      add(out, route, true);
    } catch (ApiException e) {
      // An unreachable gateway shows no drains; the status command shows why it is unreachable.
    }
    List<List<InForce>> perZone = Parallel.map(fabric.zones(), this::zone);
    perZone.forEach(out::addAll);
    return out;
  }

  private List<InForce> zone(Zone zone) {
    List<InForce> out = new ArrayList<>();
    try {
      ObjectNode list = clusters.api(zone.name()).get(Paths.services(zone.namespace()));
      for (JsonNode s : list.path("items")) {
        add(out, s, false);
      }
    } catch (ApiException e) {
      // skipped: an unreachable zone
    }
    return out;
  }

  private static void add(List<InForce> out, JsonNode object, boolean route) {
    for (Map.Entry<String, ObjectNode> e : Ledger.entries(object).entrySet()) {
      ObjectNode entry = e.getValue();
      String kind = Jsons.string(entry, "kind");
      String at = Jsons.string(entry, "at");
      Instant when;
      try {
        when = Instant.parse(at);
      } catch (RuntimeException x) {
        when = Instant.EPOCH;
      }
      String app = route ? null : Jsons.string(entry, "app");
      String target = Jsons.string(entry, "target");
      out.add(
          new InForce(
              e.getKey(),
              route ? (kind.equals("evacuate") ? "evacuate" : "drain") : kind,
              Jsons.string(entry, "zone"),
              app,
              target.isEmpty() ? null : target,
              Jsons.string(entry, "by"),
              when,
              Jsons.string(entry, "reason")));
    }
  }
}
