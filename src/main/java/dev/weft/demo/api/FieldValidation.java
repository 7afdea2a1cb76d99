package dev.weft.demo.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// Server-side field validation, as kube-apiserver does it for the `fieldValidation` query
/// parameter of create, update and patch: fields the resource's OpenAPI schema does not know are
/// an error with `Strict` (400, "strict decoding error: unknown field \"spec.foo\""), a
/// `Warning` header with `Warn` (the default) and nothing with `Ignore`; another value is 422.
/// kubectl sends `fieldValidation=Strict` when `--validate` is on (the default) because the
/// demo's OpenAPI says its writes take that parameter.
///
/// Patches are checked as sent: strategic merge directives (`$patch`, `$setElementOrder/…`)
/// are skipped and JSON Patch bodies are not checked. Unlike kube-apiserver, the demo does
/// not drop the unknown fields it only warns about. Stateless; thread-safe.
final class FieldValidation {
  private FieldValidation() {}

  /// The warnings to send, or a thrown [StoreException] when the request must be refused.
  static List<String> check(ApiPath api, String method, String contentType, byte[] body) {
    String directive = api.param("fieldValidation");
    String mode = directive == null || directive.isEmpty() ? "Warn" : directive;
    if (!List.of("Ignore", "Warn", "Strict").contains(mode)) {
      String options =
          switch (method) {
            case "POST" -> "CreateOptions";
            case "PUT" -> "UpdateOptions";
            default -> "PatchOptions";
          };
      throw new StoreException(
          422,
          "Invalid",
          options
              + ".meta.k8s.io \"\" is invalid: fieldValidation: Unsupported value: \""
              + mode
              + "\": supported values: \"Ignore\", \"Strict\", \"Warn\"");
    }
    if (mode.equals("Ignore")
        || "scale".equals(api.subresource())
        || String.valueOf(contentType).contains("json-patch")) {
      return List.of();
    }
    List<String> unknown = unknownFields(api.type(), body);
    if (unknown.isEmpty()) {
      return List.of();
    }
    if (mode.equals("Warn")) {
      return unknown.stream().map(f -> "299 - \"unknown field \\\"" + f + "\\\"\"").toList();
    }
    String fields =
        String.join(", ", unknown.stream().map(f -> "unknown field \"" + f + "\"").toList());
    String message = "strict decoding error: " + fields;
    if (!method.equals("PATCH")) {
      ResourceType t = api.type();
      message =
          t.kind()
              + " in version \""
              + t.version()
              + "\" cannot be handled as a "
              + t.kind()
              + ": "
              + message;
    }
    throw new StoreException(400, "BadRequest", message);
  }

  /// The dotted paths of the fields in `body` that `type`'s schema does not know.
  static List<String> unknownFields(ResourceType type, byte[] body) {
    OpenApi.Documents docs = OpenApi.documents();
    String name = docs.schemaNames().get(type);
    List<String> unknown = new ArrayList<>();
    if (name == null) {
      return unknown;
    }
    JsonNode tree;
    try {
      tree = Json.MAPPER.readTree(body);
    } catch (RuntimeException e) {
      return unknown; // the handler answers for a body that is not JSON
    }
    walk(tree, docs.definitions().get(name), "", docs.definitions(), unknown);
    return unknown;
  }

  private static void walk(
      JsonNode value,
      JsonNode schema,
      String path,
      Map<String, ObjectNode> defs,
      List<String> out) {
    if (schema == null || value == null || value.isNull()) {
      return;
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asString().substring(OpenApiSchemas.REF_PREFIX.length());
      walk(value, defs.get(ref), path, defs, out);
      return;
    }
    if (schema.has("x-kubernetes-preserve-unknown-fields")) {
      return;
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        walk(value.get(i), schema.get("items"), path + "[" + i + "]", defs, out);
      }
    } else if (value.isObject() && schema.has("additionalProperties")) {
      for (var entry : value.properties()) {
        walk(
            entry.getValue(),
            schema.get("additionalProperties"),
            path + "[" + entry.getKey() + "]",
            defs,
            out);
      }
    } else if (value.isObject() && schema.has("properties")) {
      JsonNode properties = schema.get("properties");
      for (var entry : value.properties()) {
        String key = entry.getKey();
        String at = path.isEmpty() ? key : path + "." + key;
        if (key.startsWith("$")) {
          continue; // a strategic merge patch directive
        }
        if (!properties.has(key)) {
          out.add(at);
        } else {
          walk(entry.getValue(), properties.get(key), at, defs, out);
        }
      }
    }
  }
}
