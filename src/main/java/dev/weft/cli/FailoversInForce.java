package dev.weft.cli;

import dev.weft.action.ActionOptions;
import dev.weft.action.Actions;
import dev.weft.action.InForce;
import dev.weft.action.Incomplete;
import dev.weft.cluster.KubeconfigSource;
import dev.weft.fabric.Fabric;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// The failovers in force and the operations left half done, as `weft status` prints them
/// below the zones (read once from the clusters' annotations and operation records).
record FailoversInForce(List<InForce> inForce, List<Incomplete> incomplete) {
  static final FailoversInForce NONE = new FailoversInForce(List.of(), List.of());

  static FailoversInForce read(Fabric fabric) {
    try (Actions actions =
        Actions.open(fabric, KubeconfigSource.forFabric(fabric), ActionOptions.defaults())) {
      return new FailoversInForce(actions.inForce(), actions.incomplete());
    }
  }

  /// Lines to print under the table; empty when nothing is in force.
  String text() {
    if (inForce.isEmpty() && incomplete.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    if (!inForce.isEmpty()) {
      b.append("\nFailovers in force (weft failback FABRIC --operation ID):\n");
      inForce.forEach(
          f ->
              b.append("  ")
                  .append(f.operationId())
                  .append("  ")
                  .append(f.describe())
                  .append('\n'));
    }
    for (Incomplete i : incomplete) {
      b.append("\nIncomplete operation ")
          .append(i.operationId())
          .append(": ")
          .append(i.request())
          .append(" by ")
          .append(i.by())
          .append(" at ")
          .append(i.at())
          .append(" (finish: weft finish FABRIC --operation ")
          .append(i.operationId())
          .append("; roll back: weft failback FABRIC --operation ")
          .append(i.operationId())
          .append(")\n");
      i.steps().forEach(s -> b.append("  ").append(s).append('\n'));
    }
    return b.toString();
  }

  /// `status` JSON with `failovers` and `incompleteOperations` added.
  String json(String statusJson) {
    JsonMapper mapper = JsonMapper.shared();
    ObjectNode root = (ObjectNode) mapper.readTree(statusJson);
    ArrayNode list = root.putArray("failovers");
    for (InForce f : inForce) {
      list.addObject()
          .put("operation", f.operationId())
          .put("kind", f.kind())
          .put("zone", f.zone())
          .put("app", f.app())
          .put("target", f.target())
          .put("by", f.by())
          .put("at", f.at().toString())
          .put("reason", f.reason());
    }
    ArrayNode open = root.putArray("incompleteOperations");
    for (Incomplete i : incomplete) {
      ArrayNode steps =
          open.addObject()
              .put("operation", i.operationId())
              .put("request", i.request())
              .put("by", i.by())
              .put("at", i.at().toString())
              .putArray("steps");
      i.steps().forEach(steps::add);
    }
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }
}
