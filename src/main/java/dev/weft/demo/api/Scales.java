package dev.weft.demo.api;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/// The `autoscaling/v1` Scale view of a deployment or replica set. Stateless.
final class Scales {
  private Scales() {}

  static ObjectNode of(ResourceType type, ObjectNode object) {
    ObjectNode scale = Json.object().put("kind", "Scale").put("apiVersion", "autoscaling/v1");
    ObjectNode meta = scale.putObject("metadata");
    for (String key : List.of("name", "namespace", "uid", "resourceVersion", "creationTimestamp")) {
      if (object.path("metadata").has(key)) {
        meta.set(key, object.get("metadata").get(key));
      }
    }
    scale.putObject("spec").put("replicas", Json.number(object, "spec", "replicas"));
    List<String> selector = new ArrayList<>();
    object
        .path("spec")
        .path("selector")
        .path("matchLabels")
        .properties()
        .forEach(e -> selector.add(e.getKey() + "=" + e.getValue().asString("")));
    scale
        .putObject("status")
        .put("replicas", Json.number(object, "status", "replicas"))
        .put("selector", String.join(",", selector));
    return scale;
  }
}
