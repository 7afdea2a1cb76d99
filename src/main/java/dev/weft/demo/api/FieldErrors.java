package dev.weft.demo.api;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// Field errors gathered while validating one object, turned into the 422 Invalid Status
/// kube-apiserver answers with: `Deployment.apps "app1" is invalid: spec.replicas: Invalid
/// value: -5: must be greater than or equal to 0`, one `details.causes` entry per error.
///
/// Not thread-safe; one per validation.
final class FieldErrors {
  // Long values (a 1 MB label) are cut in messages: a client must not get megabytes back.
  private static final int SHOWN = 100;

  private record Cause(String type, String field, String body) {}

  private final List<Cause> causes = new ArrayList<>();

  void invalid(String field, JsonNode value, String detail) {
    causes.add(
        new Cause("FieldValueInvalid", field, "Invalid value: " + show(value) + ": " + detail));
  }

  void invalidText(String field, String goValue, String detail) {
    causes.add(new Cause("FieldValueInvalid", field, "Invalid value: " + goValue + ": " + detail));
  }

  void required(String field, String detail) {
    causes.add(
        new Cause(
            "FieldValueRequired",
            field,
            "Required value" + (detail.isEmpty() ? "" : ": " + detail)));
  }

  void notSupported(String field, String goValue, String supported) {
    causes.add(
        new Cause(
            "FieldValueNotSupported",
            field,
            "Unsupported value: " + goValue + ": supported values: " + supported));
  }

  void forbidden(String field, String detail) {
    causes.add(new Cause("FieldValueForbidden", field, "Forbidden: " + detail));
  }

  void tooLong(String field, long max) {
    causes.add(
        new Cause("FieldValueTooLong", field, "Too long: may not be more than " + max + " bytes"));
  }

  void tooMany(String field, int actual, int max) {
    causes.add(
        new Cause(
            "FieldValueTooMany",
            field,
            "Too many: " + actual + ": must have at most " + max + " items"));
  }

  boolean isEmpty() {
    return causes.isEmpty();
  }

  /// Throws the 422 when any error was found.
  void throwIfAny(ResourceType type, String name) {
    if (causes.isEmpty()) {
      return;
    }
    throw invalid(type.qualifiedKind(), type.group(), type.kind(), name);
  }

  StoreException invalid(String qualifiedKind, String group, String kind, String name) {
    ObjectNode details = Json.object().put("name", name);
    if (!group.isEmpty()) {
      details.put("group", group);
    }
    details.put("kind", kind);
    ArrayNode array = details.putArray("causes");
    List<String> texts = new ArrayList<>();
    for (Cause cause : causes) {
      array
          .addObject()
          .put("reason", cause.type)
          .put("message", cause.body)
          .put("field", cause.field);
      texts.add(cause.field + ": " + cause.body);
    }
    String all = texts.size() == 1 ? texts.getFirst() : "[" + String.join(", ", texts) + "]";
    return new StoreException(
        422, "Invalid", qualifiedKind + " \"" + name + "\" is invalid: " + all, details);
  }

  /// A value as Go's `%#v` prints it in field errors: strings quoted, numbers bare.
  static String show(JsonNode value) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      return "null";
    }
    if (value.isString()) {
      return "\"" + cut(value.stringValue()) + "\"";
    }
    return cut(Json.string(value));
  }

  static String cut(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
  }
}
