package dev.weft.demo.api;

import io.fabric8.zjsonpatch.JsonPatch;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// Applies the three patch types kubectl and fabric8 send: JSON patch (RFC 6902), JSON merge
/// patch (RFC 7386) and strategic merge patch. Stateless.
///
/// The strategic merge is an approximation good enough for `kubectl set image`, `scale`,
/// `annotate` and `label`: lists of objects that all carry a `name` merge by name, other lists
/// are replaced, and `$`-directives are dropped.
public final class Patches {
  private Patches() {}

  public static ObjectNode apply(String contentType, ObjectNode target, byte[] body) {
    String type = contentType == null ? "" : contentType;
    JsonNode patch = Json.MAPPER.readTree(body);
    if (type.contains("json-patch")) {
      return (ObjectNode) JsonPatch.apply(patch, target);
    }
    if (type.contains("apply-patch")) {
      throw new StoreException(415, "UnsupportedMediaType", "server-side apply is not supported");
    }
    ObjectNode result = target.deepCopy();
    merge(result, (ObjectNode) patch, type.contains("strategic"));
    return result;
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
