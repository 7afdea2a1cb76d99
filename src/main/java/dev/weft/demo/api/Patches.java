package dev.weft.demo.api;

import io.fabric8.zjsonpatch.JsonPatch;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// Applies the patch types kube-apiserver serves for a resource: JSON patch (RFC 6902) and JSON
/// merge patch (RFC 7386) for all, strategic merge patch for built-in types only (415 for
/// custom resources such as HTTPRoute, as their CRDs give). Server-side apply is not served
/// (415). Stateless.
///
/// The strategic merge is an approximation good enough for `kubectl set image`, `scale`,
/// `annotate` and `label`: lists of objects that all carry a `name` merge by name, other lists
/// are replaced, and `$`-directives are dropped.
public final class Patches {
  private static final String JSON_PATCH = "application/json-patch+json";
  private static final String MERGE = "application/merge-patch+json";
  private static final String STRATEGIC = "application/strategic-merge-patch+json";

  private Patches() {}

  /// Patches `target` (a built-in type); kept for callers that know no resource type.
  public static ObjectNode apply(String contentType, ObjectNode target, byte[] body) {
    return apply(ResourceType.DEPLOYMENTS, contentType, target, body);
  }

  public static ObjectNode apply(
      ResourceType type, String contentType, ObjectNode target, byte[] body) {
    String media = contentType == null ? "" : contentType.split(";")[0].trim();
    boolean strategic = media.equals(STRATEGIC) && !type.custom();
    if (!media.equals(JSON_PATCH) && !media.equals(MERGE) && !strategic) {
      throw new StoreException(
          415,
          "UnsupportedMediaType",
          "the body of the request was in an unknown format - accepted media types include: "
              + JSON_PATCH
              + ", "
              + MERGE
              + (type.custom() ? "" : ", " + STRATEGIC));
    }
    JsonNode patch;
    try {
      patch = Json.MAPPER.readTree(body);
    } catch (JacksonException e) {
      throw StoreException.badRequest("error decoding patch: the body is not valid JSON");
    }
    if (media.equals(JSON_PATCH)) {
      return jsonPatch(target, patch);
    }
    if (!(patch instanceof ObjectNode object)) {
      throw StoreException.badRequest("error decoding patch: the patch must be a JSON object");
    }
    ObjectNode result = target.deepCopy();
    merge(result, object, strategic);
    return result;
  }

  /// Applies operations one by one so that a failing `test` names its path, as json-patch's
  /// error does; any failed operation is 422.
  private static ObjectNode jsonPatch(ObjectNode target, JsonNode patch) {
    if (!patch.isArray()) {
      throw StoreException.badRequest("error decoding patch: a JSON patch must be an array");
    }
    JsonNode current = target;
    for (JsonNode op : patch) {
      try {
        String path = Json.text(op, "path");
        if (Json.text(op, "op").equals("remove") && missing(current, path)) {
          // zjsonpatch removes nothing and goes on; json-patch (kube-apiserver's) refuses.
          throw new IllegalArgumentException(
              "Unable to remove nonexistent key: "
                  + path.substring(path.lastIndexOf('/') + 1)
                  + ": missing value");
        }
        current = JsonPatch.apply(Json.NODES.arrayNode().add(op), current);
      } catch (RuntimeException e) {
        String path = Json.text(op, "path");
        String message =
            e instanceof IllegalArgumentException refused
                    && refused.getMessage().startsWith("Unable to remove")
                ? refused.getMessage()
                : Json.text(op, "op").equals("test")
                    ? "testing value " + path + " failed: test failed"
                    : Json.text(op, "op")
                        + " operation does not apply: doc is missing path: "
                        + path;
        ObjectNode details = Json.object();
        details
            .putArray("causes")
            .addObject()
            .put("reason", "UnexpectedServerResponse")
            .put("message", message);
        throw new StoreException(
            422,
            "Invalid",
            "the server rejected our request due to an error in our request",
            details);
      }
    }
    if (!(current instanceof ObjectNode object)) {
      throw StoreException.badRequest("the patched object is not a JSON object");
    }
    return object;
  }

  /// Whether `pointer` names nothing in `doc` (a malformed pointer is left to the patch).
  private static boolean missing(JsonNode doc, String pointer) {
    try {
      return !pointer.isEmpty() && doc.at(pointer).isMissingNode();
    } catch (RuntimeException malformed) {
      return false;
    }
  }

  private static void merge(ObjectNode target, ObjectNode patch, boolean strategic) {
    for (Map.Entry<String, JsonNode> entry : patch.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      if (strategic && key.startsWith("$")) {
        continue;
      }
      if (value.isNull()) {
        target.remove(key);
      } else if (value.isObject() && target.get(key) instanceof ObjectNode existing) {
        merge(existing, (ObjectNode) value, strategic);
      } else if (value.isObject()) {
        ObjectNode fresh = target.putObject(key);
        merge(fresh, (ObjectNode) value, strategic);
      } else if (strategic
          && value.isArray()
          && target.get(key) instanceof ArrayNode existing
          && byName(existing)
          && byName((ArrayNode) value)) {
        mergeByName(existing, (ArrayNode) value);
      } else {
        target.set(key, value.deepCopy());
      }
    }
  }

  private static void mergeByName(ArrayNode target, ArrayNode patch) {
    for (JsonNode item : patch) {
      String name = item.get("name").asString("");
      ObjectNode match = null;
      for (JsonNode existing : target) {
        if (existing.get("name").asString("").equals(name)) {
          match = (ObjectNode) existing;
        }
      }
      if (match == null) {
        target.add(item.deepCopy());
      } else {
        merge(match, (ObjectNode) item, true);
      }
    }
  }

  private static boolean byName(ArrayNode array) {
    if (array.isEmpty()) {
      return false;
    }
    for (JsonNode item : array) {
      if (!item.isObject() || !item.has("name")) {
        return false;
      }
    }
    return true;
  }
}
