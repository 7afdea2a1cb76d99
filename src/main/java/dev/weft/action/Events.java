package dev.weft.action;

import java.time.Instant;
import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/// Posts a Kubernetes Event on a changed object (reason `WeftFailover` or `WeftFailback`), so
/// `kubectl describe` shows who changed it and why. Best effort: an event that cannot be
/// written is not a reason to undo a verified change.
final class Events {
  private Events() {}

  static void post(Clusters clusters, Plan.Work w, String reason, Plan plan, Instant now) {
    ObjectRef t = w.step().target();
    ObjectNode event = Jsons.object().put("apiVersion", "v1").put("kind", "Event");
    event
        .putObject("metadata")
        .put("name", (t.name() + "." + plan.operationId()).toLowerCase(Locale.ROOT))
        .put("namespace", t.namespace());
    event
        .putObject("involvedObject")
        .put("apiVersion", Jsons.string(w.after(), "apiVersion"))
        .put("kind", t.kind())
        .put("namespace", t.namespace())
        .put("name", t.name())
        .put("uid", Jsons.string(w.before(), "metadata", "uid"));
    String message =
        w.step().summary()
            + " by "
            + plan.user()
            + " (operation "
            + plan.operationId()
            + ")"
            + (plan.reason().isEmpty() ? "" : ": " + plan.reason());
    event
        .put("reason", reason)
        .put("message", message)
        .put("type", "Normal")
        .put("firstTimestamp", now.toString())
        .put("lastTimestamp", now.toString())
        .put("count", 1)
        .put("reportingComponent", "weft")
        .put("reportingInstance", plan.user());
    event.putObject("source").put("component", "weft");
    try {
      clusters.api(t.cluster()).post(Paths.events(t.namespace()), event, false);
    } catch (ApiException e) {
      // best effort (see the class comment)
    }
  }
}
