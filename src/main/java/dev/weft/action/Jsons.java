package dev.weft.action;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/// JSON tree helpers for objects read from and written to clusters: get, set and remove by JSON
/// pointer. Stateless and thread-safe; trees handed in are changed only by [#set]/[#remove].
final class Jsons {
  static final JsonMapper MAPPER = JsonMapper.shared();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Jsons() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ObjectNode parse(byte[] bytes) {
    JsonNode node = MAPPER.readTree(bytes);
    if (node instanceof ObjectNode object) {
      return object;
    }
    throw new IllegalArgumentException("expected a JSON object");
  }

  static JsonNode parse(String text) {
    return MAPPER.readTree(text);
  }

  static String text(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  /// The node at `pointer`, or `null` where it is absent.
  static JsonNode at(JsonNode root, String pointer) {
    JsonNode node = root.at(JsonPointer.compile(pointer));
    return node.isMissingNode() ? null : node;
  }

  /// A string at a path of object keys, or `""`.
  static String string(JsonNode root, String... keys) {
    JsonNode at = root;
    for (String key : keys) {
      at = at.path(key);
    }
    return at.isString() ? at.stringValue() : at.isNumber() ? at.asString() : "";
  }

  /// Sets (or, with `null`, removes) the value at `pointer`, creating missing objects on the way.
  static void set(ObjectNode root, String pointer, JsonNode value) {
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = root;
    JsonPointer rest = p;
    while (!rest.tail().matches()) {
      String key = rest.getMatchingProperty();
      JsonNode next = parent.isArray() ? parent.get(rest.getMatchingIndex()) : parent.get(key);
      if (next == null || next.isNull()) {
        next = ((ObjectNode) parent).putObject(key);
      }
      parent = next;
      rest = rest.tail();
    }
    if (parent instanceof ArrayNode array) {
      int index = rest.getMatchingIndex();
      if (value == null) {
        array.remove(index);
      } else {
        array.set(index, value);
      }
    } else if (value == null) {
      ((ObjectNode) parent).remove(rest.getMatchingProperty());
    } else {
      ((ObjectNode) parent).set(rest.getMatchingProperty(), value);
    }
  }

  /// `/metadata/annotations/weft.dev~1by` for annotation `weft.dev/by`.
  static String annotationPath(String key) {
    return "/metadata/annotations/" + key.replace("~", "~0").replace("/", "~1");
  }

  static boolean same(JsonNode a, JsonNode b) {
    return a == null ? b == null || b.isNull() : a.equals(b == null ? null : b);
  }

  /// Leaf paths where `a` and `b` differ, at most `limit` of them, for "what changed" messages.
  static List<String> differences(JsonNode a, JsonNode b, String path, int limit) {
    List<String> out = new ArrayList<>();
    diff(a, b, path, out, limit);
    return out;
  }

  private static void diff(JsonNode a, JsonNode b, String path, List<String> out, int limit) {
    if (out.size() >= limit || (a != null && a.equals(b))) {
      return;
    }
    if (a instanceof ObjectNode ao && b instanceof ObjectNode bo) {
      var keys = new java.util.LinkedHashSet<String>(ao.propertyNames());
      keys.addAll(bo.propertyNames());
      for (String k : keys) {
        diff(ao.get(k), bo.get(k), path + "/" + k, out, limit);
      }
    } else if (a instanceof ArrayNode aa && b instanceof ArrayNode ba && aa.size() == ba.size()) {
      for (int i = 0; i < aa.size(); i++) {
        diff(aa.get(i), ba.get(i), path + "/" + i, out, limit);
      }
    } else {
      out.add(path + ": " + show(a) + " → " + show(b));
    }
  }

  static String show(JsonNode node) {
    if (node == null) {
      return "(none)";
    }
    String text = text(node);
    return text.length() > 80 ? text.substring(0, 77) + "…" : text;
  }
}
