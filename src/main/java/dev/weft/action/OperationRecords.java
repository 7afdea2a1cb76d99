package dev.weft.action;

import dev.weft.fabric.Fabric;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// The operation record: one ConfigMap per operation in the gateway namespace (`weft-op-<id>`,
/// labelled `app.kubernetes.io/managed-by: weft`), holding the plan and each step's progress,
/// so a restarted or second Weft, or kubectl, sees an operation left half done. Its `state` is
/// `applying` while steps run, `in-force` once a failover is verified; a finished failback or
/// roll back deletes the records it ends. Blocks on requests; one instance per operation run.
final class OperationRecords {
  static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  static final String PREFIX = "weft-op-";

  private final Fabric fabric;
  private final Clusters clusters;
  private ObjectNode current;

  OperationRecords(Fabric fabric, Clusters clusters) {
    this.fabric = fabric;
    this.clusters = clusters;
  }

  static String name(String operationId) {
    return PREFIX + operationId;
  }

  /// Writes the record before the first step.
  void create(Plan plan, Map<Step, StepState> progress) throws ApiException {
    ObjectNode cm = Jsons.object().put("apiVersion", "v1").put("kind", "ConfigMap");
    ObjectNode meta =
        cm.putObject("metadata")
            .put("name", name(plan.operationId()))
            .put("namespace", fabric.gateway().namespace());
    meta.putObject("labels").put(MANAGED_BY, "weft").put("weft.dev/operation", plan.operationId());
    ObjectNode data = cm.putObject("data");
    data.put("operation", plan.operationId())
        .put("request", plan.request().describe())
        .put("by", plan.user())
        .put("at", plan.at().toString())
        .put("reason", plan.reason())
        .put("undoes", String.join(",", plan.undoes()));
    ArrayNode steps = Jsons.NODES.arrayNode();
    for (Step s : plan.steps()) {
      ObjectNode step =
          steps
              .addObject()
              .put("cluster", s.target().cluster())
              .put("kind", s.target().kind())
              .put("namespace", s.target().namespace())
              .put("name", s.target().name())
              .put("summary", s.summary());
      ArrayNode changes = step.putArray("changes");
      s.changes().forEach(c -> changes.add(c.describe()));
    }
    data.put("plan", Jsons.text(steps));
    fill(data, "applying", plan, progress);
    current = clusters.gateway().post(Paths.configMaps(fabric.gateway().namespace()), cm, false);
  }

  /// Rewrites the progress after a step; a record that cannot be written is not a reason to stop
  /// the operation (the objects' annotations hold the truth), so failures are swallowed.
  void update(String state, Plan plan, Map<Step, StepState> progress) {
    if (current == null) {
      return;
    }
    ObjectNode next = current.deepCopy();
    fill((ObjectNode) next.get("data"), state, plan, progress);
    try {
      current = clusters.gateway().put(path(plan.operationId()), next, false);
    } catch (ApiException e) {
      // The record is a convenience for other Wefts; the annotations are the state.
    }
  }

  /// Takes over the record of an incomplete operation being finished, instead of [#create].
  void adopt(String operationId) throws ApiException {
    current = clusters.gateway().get(path(operationId));
  }

  /// The request an incomplete operation was made for, parsed back from its record.
  ///
  /// @throws IllegalStateException with a sentence for the user when there is nothing to finish
  ActionRequest unfinished(String operationId) throws ApiException {
    ObjectNode record;
    try {
      record = clusters.gateway().get(path(operationId));
    } catch (ApiException e) {
      if (e.notFound()) {
        throw new IllegalStateException(
            "no operation " + operationId + " in the gateway cluster: nothing to finish");
      }
      throw e;
    }
    JsonNode data = record.path("data");
    String state = Jsons.string(data, "state");
    if (!state.equals("applying")) {
      throw new IllegalStateException(
          "operation " + operationId + " is " + state + ", not incomplete: nothing to finish");
    }
    String request = Jsons.string(data, "request");
    return parse(request)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "operation " + operationId + " (" + request + ") can only be rolled back"));
  }

  /// Reads back [ActionRequest#describe] of a failover; anything else is empty.
  static java.util.Optional<ActionRequest> parse(String request) {
    String[] w = request.trim().split(" ");
    if (w.length == 2 && w[0].equals("drain")) {
      return java.util.Optional.of(new ActionRequest.Drain(w[1], null));
    }
    if (w.length == 4 && w[0].equals("drain") && w[2].equals("→")) {
      return java.util.Optional.of(new ActionRequest.Drain(w[1], w[3]));
    }
    if (w.length == 2 && w[0].equals("evacuate")) {
      return java.util.Optional.of(new ActionRequest.Evacuate(w[1]));
    }
    int at = w.length == 4 ? w[1].lastIndexOf('@') : -1;
    if (w[0].equals("reroute") && at > 0 && w[2].equals("→")) {
      return java.util.Optional.of(
          new ActionRequest.Reroute(w[1].substring(0, at), w[1].substring(at + 1), w[3]));
    }
    return java.util.Optional.empty();
  }

  void delete(String operationId) {
    try {
      clusters.gateway().delete(path(operationId));
    } catch (ApiException e) {
      // Already gone, or not ours to delete: nothing to undo either way.
    }
  }

  private String path(String id) {
    return Paths.configMaps(fabric.gateway().namespace()) + "/" + name(id);
  }

  private static void fill(
      ObjectNode data, String state, Plan plan, Map<Step, StepState> progress) {
    data.put("state", state);
    ArrayNode out = Jsons.NODES.arrayNode();
    for (Step s : plan.steps()) {
      out.addObject()
          .put("object", s.target().describe())
          .put("state", progress.getOrDefault(s, StepState.PENDING).name());
    }
    data.put("progress", Jsons.text(out));
  }

  /// Records whose state is still `applying` (or `undoing`): operations left half done.
  List<Incomplete> incomplete() {
    List<Incomplete> out = new ArrayList<>();
    ObjectNode list;
    try {
      list =
          clusters
              .gateway()
              .get(
                  Paths.configMaps(fabric.gateway().namespace())
                      + "?labelSelector="
                      + MANAGED_BY.replace("/", "%2F")
                      + "%3Dweft");
    } catch (ApiException e) {
      return out;
    }
    for (JsonNode cm : list.path("items")) {
      JsonNode data = cm.path("data");
      String state = Jsons.string(data, "state");
      if (!state.equals("applying") && !state.equals("undoing")) {
        continue;
      }
      List<String> steps = new ArrayList<>();
      try {
        for (JsonNode s : Jsons.parse(Jsons.string(data, "progress"))) {
          steps.add(Jsons.string(s, "object") + ": " + Jsons.string(s, "state").toLowerCase());
        }
      } catch (RuntimeException e) {
        steps.add("(progress unreadable)");
      }
      String at = Jsons.string(data, "at");
      out.add(
          new Incomplete(
              Jsons.string(data, "operation"),
              Jsons.string(data, "request"),
              Jsons.string(data, "by"),
              at.isEmpty() ? Instant.EPOCH : Instant.parse(at),
              steps));
    }
    return out;
  }
}
