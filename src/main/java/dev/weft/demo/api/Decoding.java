package dev.weft.demo.api;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/// The type checks kube-apiserver's decoder makes on built-in objects before anything else: a
/// value of the wrong JSON type (`replicas: "lots"`) is a 400 BadRequest worded as Go's JSON
/// decoder words it. Only the fields the demo's controllers read are checked. Stateless.
final class Decoding {
  private record Field(String path, String struct, String goType, String json) {}

  private static final List<Field> META =
      List.of(
          new Field("metadata", "%s", "v1.ObjectMeta", "object"),
          new Field("metadata.name", "ObjectMeta", "string", "string"),
          new Field("metadata.labels", "ObjectMeta", "map[string]string", "object"),
          new Field("metadata.labels.*", "ObjectMeta", "string", "string"),
          new Field("metadata.annotations", "ObjectMeta", "map[string]string", "object"),
          new Field("metadata.annotations.*", "ObjectMeta", "string", "string"));

  private static final Map<ResourceType, List<Field>> FIELDS =
      Map.of(
          ResourceType.DEPLOYMENTS,
          List.of(
              new Field("spec", "Deployment", "v1.DeploymentSpec", "object"),
              new Field("spec.replicas", "DeploymentSpec", "int32", "int"),
              new Field("spec.paused", "DeploymentSpec", "bool", "bool"),
              new Field("spec.minReadySeconds", "DeploymentSpec", "int32", "int"),
              new Field("spec.progressDeadlineSeconds", "DeploymentSpec", "int32", "int"),
              new Field("spec.revisionHistoryLimit", "DeploymentSpec", "int32", "int"),
              new Field("spec.selector", "DeploymentSpec", "v1.LabelSelector", "object"),
              new Field("spec.strategy", "DeploymentSpec", "v1.DeploymentStrategy", "object"),
              new Field("spec.template", "DeploymentSpec", "v1.PodTemplateSpec", "object"),
              new Field("spec.template.spec", "PodTemplateSpec", "v1.PodSpec", "object"),
              new Field("spec.template.spec.containers", "PodSpec", "[]v1.Container", "array"),
              new Field("spec.template.spec.containers.*", "PodSpec", "v1.Container", "object"),
              new Field("spec.template.spec.containers.*.name", "Container", "string", "string"),
              new Field("spec.template.spec.containers.*.image", "Container", "string", "string")),
          ResourceType.REPLICA_SETS,
          List.of(
              new Field("spec", "ReplicaSet", "v1.ReplicaSetSpec", "object"),
              new Field("spec.replicas", "ReplicaSetSpec", "int32", "int")),
          ResourceType.SERVICES,
          List.of(
              new Field("spec", "Service", "v1.ServiceSpec", "object"),
              new Field("spec.type", "ServiceSpec", "v1.ServiceType", "string"),
              new Field("spec.clusterIP", "ServiceSpec", "string", "string"),
              new Field("spec.clusterIPs", "ServiceSpec", "[]string", "array"),
              new Field("spec.clusterIPs.*", "ServiceSpec", "string", "string"),
              new Field("spec.externalName", "ServiceSpec", "string", "string"),
              new Field("spec.selector", "ServiceSpec", "map[string]string", "object"),
              new Field("spec.ports", "ServiceSpec", "[]v1.ServicePort", "array")));

  private Decoding() {}

  /// Throws the 400 the API server answers when `object` cannot decode as `type`.
  static void check(ResourceType type, JsonNode object) {
    if (type.custom()) {
      return;
    }
    for (Field field : META) {
      check(type, object, field, field.path().split("\\."), 0, "");
    }
    for (Field field : FIELDS.getOrDefault(type, List.of())) {
      check(type, object, field, field.path().split("\\."), 0, "");
    }
  }

  private static void check(
      ResourceType type, JsonNode at, Field field, String[] path, int i, String seen) {
    if (at == null || at.isMissingNode() || at.isNull()) {
      return;
    }
    if (i == path.length) {
      if (!fits(at, field.json())) {
        throw StoreException.badRequest(message(type, field, at));
      }
      return;
    }
    if (path[i].equals("*")) {
      if (at.isArray() || at.isObject()) {
        for (JsonNode child : at.isArray() ? at.values() : at.values()) {
          check(type, child, field, path, i + 1, seen);
        }
      }
      return;
    }
    if (at.isObject()) {
      check(type, at.get(path[i]), field, path, i + 1, seen);
    }
  }

  private static boolean fits(JsonNode value, String json) {
    return switch (json) {
      case "int" -> value.isIntegralNumber() && value.canConvertToInt();
      case "bool" -> value.isBoolean();
      case "string" -> value.isString();
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      default -> true;
    };
  }

  private static String message(ResourceType type, Field field, JsonNode value) {
    String got =
        value.isString()
            ? "string"
            : value.isNumber() ? "number" + (value.isIntegralNumber() ? "" : " " + value) : null;
    if (got == null) {
      got = value.isBoolean() ? "bool" : value.isArray() ? "array" : "object";
    }
    String struct = field.struct().equals("%s") ? type.kind() : field.struct();
    return type.kind()
        + " in version \""
        + type.version()
        + "\" cannot be handled as a "
        + type.kind()
        + ": json: cannot unmarshal "
        + got
        + " into Go struct field "
        + struct
        + "."
        + field.path().replace(".*", "")
        + " of type "
        + field.goType();
  }
}
