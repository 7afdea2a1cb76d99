package dev.weft.demo.api;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// Defaulting and validation of `apps/v1` Deployments as kube-apiserver does them (the parts the
/// demo's controllers depend on), with its wording. Stateless.
final class DeploymentRules {
  private DeploymentRules() {}

  /// Fills in what the API server defaults: replicas 1, RollingUpdate 25 %/25 %, history 10,
  /// progress deadline 600 s.
  static void defaults(ObjectNode deployment) {
    if (!(deployment.get("spec") instanceof ObjectNode spec)) {
      return;
    }
    if (!spec.has("replicas") || spec.get("replicas").isNull()) {
      spec.put("replicas", 1);
    }
    if (!spec.has("revisionHistoryLimit")) {
      spec.put("revisionHistoryLimit", 10);
    }
    if (!spec.has("progressDeadlineSeconds")) {
      spec.put("progressDeadlineSeconds", 600);
    }
    ObjectNode strategy =
        spec.get("strategy") instanceof ObjectNode existing ? existing : spec.putObject("strategy");
    if (!strategy.has("type")) {
      strategy.put("type", "RollingUpdate");
    }
    if ("RollingUpdate".equals(Json.text(strategy, "type"))) {
      ObjectNode rolling = strategy.withObjectProperty("rollingUpdate");
      if (!rolling.has("maxSurge")) {
        rolling.put("maxSurge", "25%");
      }
      if (!rolling.has("maxUnavailable")) {
        rolling.put("maxUnavailable", "25%");
      }
    }
  }

  static void check(JsonNode deployment, JsonNode old, FieldErrors errors) {
    JsonNode spec = deployment.path("spec");
    nonNegative(spec, "replicas", errors);
    nonNegative(spec, "minReadySeconds", errors);
    nonNegative(spec, "revisionHistoryLimit", errors);
    nonNegative(spec, "progressDeadlineSeconds", errors);
    JsonNode deadline = spec.path("progressDeadlineSeconds");
    if (deadline.isNumber() && deadline.asLong() <= spec.path("minReadySeconds").asLong(0)) {
      errors.invalid(
          "spec.progressDeadlineSeconds", deadline, "must be greater than minReadySeconds");
    }
    JsonNode selector = spec.path("selector");
    JsonNode labels = spec.path("template").path("metadata").path("labels");
    if (selector.isMissingNode() || selector.isNull()) {
      errors.required("spec.selector", "");
    } else if (selector.path("matchLabels").isEmpty()
        && selector.path("matchExpressions").isEmpty()) {
      errors.invalid("spec.selector", selector, "empty selector is invalid for deployment");
    } else if (!matches(selector.path("matchLabels"), labels)) {
      errors.invalidText(
          "spec.template.metadata.labels",
          goMap(labels),
          "`selector` does not match template `labels`");
    }
    if (old != null && !old.path("spec").path("selector").equals(selector)) {
      errors.invalid("spec.selector", selector, "field is immutable");
    }
    JsonNode containers = spec.path("template").path("spec").path("containers");
    if (containers.isEmpty()) {
      errors.required("spec.template.spec.containers", "");
    }
    for (int i = 0; i < containers.size(); i++) {
      String at = "spec.template.spec.containers[" + i + "].";
      if (Json.text(containers.get(i), "name").isEmpty()) {
        errors.required(at + "name", "");
      }
      if (Json.text(containers.get(i), "image").isEmpty()) {
        errors.required(at + "image", "");
      }
    }
    JsonNode rolling = spec.path("strategy").path("rollingUpdate");
    if (isZero(rolling.path("maxSurge")) && isZero(rolling.path("maxUnavailable"))) {
      errors.invalid(
          "spec.strategy.rollingUpdate.maxUnavailable",
          rolling.path("maxUnavailable"),
          "may not be 0 when `maxSurge` is 0");
    }
  }

  private static void nonNegative(JsonNode spec, String key, FieldErrors errors) {
    JsonNode value = spec.path(key);
    if (value.isNumber() && value.asLong() < 0) {
      errors.invalid("spec." + key, value, "must be greater than or equal to 0");
    }
  }

  private static boolean isZero(JsonNode value) {
    return (value.isNumber() && value.asInt() == 0)
        || (value.isString() && value.stringValue().equals("0%"))
        || (value.isString() && value.stringValue().equals("0"));
  }

  private static boolean matches(JsonNode matchLabels, JsonNode labels) {
    for (Map.Entry<String, JsonNode> e : matchLabels.properties()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /// A label map as Go's `%#v` prints it: `map[string]string{"app":"app1"}`.
  private static String goMap(JsonNode labels) {
    if (!labels.isObject()) {
      return "map[string]string(nil)";
    }
    StringBuilder s = new StringBuilder("map[string]string{");
    boolean first = true;
    for (Map.Entry<String, JsonNode> e : labels.properties()) {
      s.append(first ? "" : ", ")
          .append('"')
          .append(FieldErrors.cut(e.getKey()))
          .append("\":\"")
          .append(FieldErrors.cut(e.getValue().asString("")))
          .append('"');
      first = false;
    }
    return s.append('}').toString();
  }
}
