package dev.weft.demo.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/// Kubernetes' rules for label and annotation keys and values (apimachinery's
/// `ValidateLabels`, `ValidateAnnotations`), with its wording. Stateless.
final class MetadataRules {
  static final long ANNOTATIONS_MAX = 256 * 1024;
  private static final Pattern NAME_PART =
      Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final Pattern LABEL_VALUE =
      Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");
  private static final Pattern SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final String NAME_PART_MSG =
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end"
          + " with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex"
          + " used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
  static final String SUBDOMAIN_MSG =
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or"
          + " '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex"
          + " used for validation is"
          + " '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
  private static final String LABEL_VALUE_MSG =
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or"
          + " '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or"
          + " 'my_value',  or '12345', regex used for validation is"
          + " '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

  private MetadataRules() {}

  static void check(JsonNode object, FieldErrors errors) {
    JsonNode meta = object.path("metadata");
    for (Map.Entry<String, JsonNode> label : meta.path("labels").properties()) {
      qualifiedName("metadata.labels", label.getKey(), errors);
      String value = label.getValue().asString("");
      if (value.length() > 63) {
        errors.invalid("metadata.labels", label.getValue(), "must be no more than 63 characters");
      } else if (!LABEL_VALUE.matcher(value).matches()) {
        errors.invalid("metadata.labels", label.getValue(), LABEL_VALUE_MSG);
      }
    }
    long total = 0;
    for (Map.Entry<String, JsonNode> annotation : meta.path("annotations").properties()) {
      qualifiedName("metadata.annotations", annotation.getKey().toLowerCase(), errors);
      total += annotation.getKey().getBytes(StandardCharsets.UTF_8).length;
      total += annotation.getValue().asString("").getBytes(StandardCharsets.UTF_8).length;
    }
    if (total > ANNOTATIONS_MAX) {
      errors.tooLong("metadata.annotations", ANNOTATIONS_MAX);
    }
  }

  /// `prefix/name` as `IsQualifiedName` checks it.
  private static void qualifiedName(String field, String key, FieldErrors errors) {
    String name = key;
    int slash = key.indexOf('/');
    JsonNode shown = Json.NODES.stringNode(key);
    if (slash >= 0) {
      String prefix = key.substring(0, slash);
      name = key.substring(slash + 1);
      if (prefix.isEmpty()) {
        errors.invalid(field, shown, "prefix part must be non-empty");
      } else if (prefix.length() > 253) {
        errors.invalid(field, shown, "prefix part must be no more than 253 characters");
      } else if (!SUBDOMAIN.matcher(prefix).matches()) {
        errors.invalid(field, shown, "prefix part " + SUBDOMAIN_MSG);
      }
    }
    if (name.isEmpty()) {
      errors.invalid(field, shown, "name part must be non-empty");
    } else if (name.length() > 63) {
      errors.invalid(field, shown, "name part must be no more than 63 characters");
    } else if (!NAME_PART.matcher(name).matches()) {
      errors.invalid(field, shown, NAME_PART_MSG);
    }
  }

  private static final Pattern LABEL_1123 = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern LABEL_1035 = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
  private static final String LABEL_1123_MSG =
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and"
          + " must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc',"
          + " regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
  private static final String LABEL_1035_MSG =
      "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an"
          + " alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or"
          + " 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

  /// A new object's `metadata.name` (or `generateName`) by its type's rule, as kube-apiserver's
  /// `ValidateObjectMeta` checks it: a Service's is a DNS-1035 label, a Namespace's an RFC 1123
  /// label, an RBAC object's a path segment, the rest an RFC 1123 subdomain. `Bad_Name` and
  /// 300-character names were stored.
  static void checkName(ResourceType type, JsonNode object, FieldErrors errors) {
    JsonNode meta = object.path("metadata");
    String name = meta.path("name").asString("");
    String generate = meta.path("generateName").asString("");
    if (name.isEmpty() && generate.isEmpty()) {
      errors.required("metadata.name", "name or generateName is required");
      return;
    }
    if (!name.isEmpty()) {
      checkName(type, "metadata.name", name, meta.path("name"), errors);
    } else {
      // A prefix: what it ends with may be a dash, as the generated suffix follows.
      String prefix = generate.endsWith("-") ? generate + "a" : generate;
      checkName(type, "metadata.generateName", prefix, meta.path("generateName"), errors);
    }
  }

  private static void checkName(
      ResourceType type, String field, String name, JsonNode shown, FieldErrors errors) {
    if (type.group().equals("rbac.authorization.k8s.io")) {
      if (name.equals(".") || name.equals("..") || name.contains("/") || name.contains("%")) {
        errors.invalid(field, shown, "may not contain '/' or '%'");
      }
      return;
    }
    if (type == ResourceType.SERVICES || type == ResourceType.NAMESPACES) {
      boolean service = type == ResourceType.SERVICES;
      if (name.length() > 63) {
        errors.invalid(field, shown, "must be no more than 63 characters");
      }
      if (!(service ? LABEL_1035 : LABEL_1123).matcher(name).matches()) {
        errors.invalid(field, shown, service ? LABEL_1035_MSG : LABEL_1123_MSG);
      }
      return;
    }
    if (name.length() > 253) {
      errors.invalid(field, shown, "must be no more than 253 characters");
    }
    if (!SUBDOMAIN.matcher(name).matches()) {
      errors.invalid(field, shown, SUBDOMAIN_MSG);
    }
  }

  static boolean subdomain(String text) {
    return text.length() <= 253 && SUBDOMAIN.matcher(text).matches();
  }
}
