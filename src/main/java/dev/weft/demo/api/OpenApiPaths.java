package dev.weft.demo.api;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// The `paths` of the OpenAPI documents: for each served resource its collection and object
/// paths (and `status`) with the operations the demo answers, each marked with
/// `x-kubernetes-action` and `x-kubernetes-group-version-kind` as kube-apiserver marks them.
/// Every write takes `dryRun`, `fieldManager` and `fieldValidation`: kubectl looks for
/// `fieldValidation` on a resource's PATCH to learn that the server validates fields itself.
///
/// Stateless.
final class OpenApiPaths {
  private static final List<String> WRITE_PARAMETERS =
      List.of("dryRun", "fieldManager", "fieldValidation", "pretty");
  private static final List<String> LIST_PARAMETERS =
      List.of(
          "allowWatchBookmarks",
          "continue",
          "fieldSelector",
          "labelSelector",
          "limit",
          "pretty",
          "resourceVersion",
          "resourceVersionMatch",
          "sendInitialEvents",
          "timeoutSeconds",
          "watch");

  private OpenApiPaths() {}

  /// Adds `type`'s paths to `paths`; `schema` names its definition; `v3` picks the dialect.
  static void add(ObjectNode paths, ResourceType type, String schema, boolean v3) {
    String base =
        type.groupPath() + (type.namespaced() ? "/namespaces/{namespace}/" : "/") + type.plural();
    String ref = (v3 ? "#/components/schemas/" : OpenApiSchemas.REF_PREFIX) + schema;
    String id = type.kind() + (type.group().isEmpty() ? "Core" : "");
    ObjectNode collection = paths.putObject(base);
    pathParameters(collection, type, false, v3);
    collection.set("get", operation("list", "list" + id, type, LIST_PARAMETERS, null, ref, v3));
    collection.set("post", operation("post", "create" + id, type, WRITE_PARAMETERS, ref, ref, v3));
    collection.set(
        "delete",
        operation(
            "deletecollection", "deleteCollection" + id, type, LIST_PARAMETERS, null, null, v3));
    item(paths.putObject(base + "/{name}"), type, id, ref, v3);
    if (type != ResourceType.NAMESPACES && type != ResourceType.EVENTS) {
      item(paths.putObject(base + "/{name}/status"), type, id + "Status", ref, v3);
    }
  }

  private static void item(ObjectNode path, ResourceType type, String id, String ref, boolean v3) {
    pathParameters(path, type, true, v3);
    path.set("get", operation("get", "read" + id, type, List.of("pretty"), null, ref, v3));
    path.set("put", operation("put", "replace" + id, type, WRITE_PARAMETERS, ref, ref, v3));
    List<String> patch = List.of("dryRun", "fieldManager", "fieldValidation", "force", "pretty");
    path.set("patch", operation("patch", "patch" + id, type, patch, "patch", ref, v3));
    path.set(
        "delete",
        operation("delete", "delete" + id, type, List.of("dryRun", "pretty"), null, null, v3));
  }

  private static void pathParameters(
      ObjectNode path, ResourceType type, boolean named, boolean v3) {
    ArrayNode parameters = path.putArray("parameters");
    if (named) {
      parameter(parameters, "name", "path", v3).put("required", true);
    }
    if (type.namespaced()) {
      parameter(parameters, "namespace", "path", v3).put("required", true);
    }
  }

  private static ObjectNode operation(
      String action,
      String id,
      ResourceType type,
      List<String> query,
      String body,
      String response,
      boolean v3) {
    ObjectNode op = Json.object().put("operationId", id);
    ArrayNode parameters = op.putArray("parameters");
    query.forEach(name -> parameter(parameters, name, "query", v3));
    if (body != null) {
      ObjectNode schema =
          body.equals("patch")
              ? Json.object().put("type", "object")
              : Json.object().put("$ref", body);
      if (v3) {
        ObjectNode content = op.putObject("requestBody").put("required", true).putObject("content");
        List<String> types =
            body.equals("patch")
                ? List.of(
                    "application/json-patch+json",
                    "application/merge-patch+json",
                    "application/strategic-merge-patch+json")
                : List.of("*/*");
        types.forEach(t -> content.putObject(t).set("schema", schema.deepCopy()));
      } else {
        parameters
            .addObject()
            .put("name", "body")
            .put("in", "body")
            .put("required", true)
            .set("schema", schema);
      }
    }
    ObjectNode ok = op.putObject("responses").putObject("200").put("description", "OK");
    if (response != null) {
      ObjectNode schema = Json.object().put("$ref", response);
      if (v3) {
        ok.putObject("content").putObject("application/json").set("schema", schema);
      } else {
        ok.set("schema", schema);
      }
    }
    op.put("x-kubernetes-action", action);
    op.putObject("x-kubernetes-group-version-kind")
        .put("group", type.group())
        .put("kind", type.kind())
        .put("version", type.version());
    return op;
  }

  private static ObjectNode parameter(ArrayNode parameters, String name, String in, boolean v3) {
    ObjectNode parameter = parameters.addObject().put("name", name).put("in", in);
    String type =
        switch (name) {
          case "limit", "timeoutSeconds" -> "integer";
          case "allowWatchBookmarks", "watch", "sendInitialEvents", "force" -> "boolean";
          default -> "string";
        };
    if (v3) {
      parameter.putObject("schema").put("type", type).put("uniqueItems", true);
    } else {
      parameter.put("type", type).put("uniqueItems", true);
    }
    return parameter;
  }
}
