package dev.weft.demo.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/// JSON tree helpers shared by the demo API server and the simulated control plane.
///
/// Stateless and thread-safe. Objects handed out by the store are shared and must not be
/// mutated: copy them (`deepCopy()`) before changing anything.
public final class Json {
  public static final JsonMapper MAPPER = JsonMapper.shared();
  public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ObjectNode parse(byte[] bytes) {
    JsonNode node = MAPPER.readTree(bytes);
    if (!(node instanceof ObjectNode object)) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    return object;
  }

  public static byte[] bytes(JsonNode node) {
    return MAPPER.writeValueAsBytes(node);
  }

  public static String string(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  /// The text at a path of object keys, or `""` where there is none.
  public static String text(JsonNode node, String... path) {
    JsonNode at = node;
    for (String key : path) {
      at = at.path(key);
    }
    return at.isString() ? at.stringValue() : at.isNumber() ? at.asString() : "";
  }

  public static long number(JsonNode node, String... path) {
    JsonNode at = node;
    for (String key : path) {
      at = at.path(key);
    }
    return at.isNumber() ? at.asLong() : 0;
  }

  public static ObjectNode metadata(JsonNode object) {
    return (ObjectNode) object.get("metadata");
  }

  public static String name(JsonNode object) {
    return text(object, "metadata", "name");
  }

  public static String namespace(JsonNode object) {
    return text(object, "metadata", "namespace");
  }

  /// Whether `object` names the object with `uid` among its owner references.
  public static boolean ownedBy(JsonNode object, String uid) {
    for (JsonNode ref : object.path("metadata").path("ownerReferences")) {
      if (uid.equals(text(ref, "uid"))) {
        return true;
      }
    }
    return false;
  }

  public static Map<String, String> labels(JsonNode object) {
    Map<String, String> labels = new LinkedHashMap<>();
    object
        .path("metadata")
        .path("labels")
        .properties()
        .forEach(e -> labels.put(e.getKey(), e.getValue().asString("")));
    return labels;
  }

  /// An RFC 3339 timestamp with second precision, as Kubernetes writes them.
  public static String timestamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /// Makes an object node out of any fabric8 model object or map.
  public static ObjectNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }
}
