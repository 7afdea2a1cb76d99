package dev.weft.demo.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// Label and field selectors as the Kubernetes API accepts them in `labelSelector` and
/// `fieldSelector`: `a=b`, `a==b`, `a!=b`, `a in (x,y)`, `a notin (x)`, `a`, `!a`; fields by
/// dotted path (`metadata.name`, `involvedObject.uid`, `status.phase`). Stateless.
public final class Selectors {
  private Selectors() {}

  public static Predicate<ObjectNode> labels(String selector) {
    if (selector == null || selector.isBlank()) {
      return o -> true;
    }
    List<Predicate<JsonNode>> terms = new ArrayList<>();
    for (String term : splitTerms(selector)) {
      terms.add(labelTerm(term.trim()));
    }
    // Reads labels in place: a map per object per list was most of the demo's garbage.
    return o -> {
      JsonNode labels = o.path("metadata").path("labels");
      for (Predicate<JsonNode> term : terms) {
        if (!term.test(labels)) {
          return false;
        }
      }
      return true;
    };
  }

  /// The field labels kube-apiserver converts for each type (its `AddFieldLabelConversionFunc`
  /// calls); every type has `metadata.name` and `metadata.namespace`.
  private static final java.util.Map<ResourceType, Set<String>> FIELD_LABELS =
      java.util.Map.of(
          ResourceType.PODS,
          Set.of(
              "spec.nodeName",
              "spec.restartPolicy",
              "spec.schedulerName",
              "spec.serviceAccountName",
              "spec.hostNetwork",
              "status.phase",
              "status.podIP",
              "status.podIPs",
              "status.nominatedNodeName"),
          ResourceType.EVENTS,
          Set.of(
              "involvedObject.kind",
              "involvedObject.namespace",
              "involvedObject.name",
              "involvedObject.uid",
              "involvedObject.apiVersion",
              "involvedObject.resourceVersion",
              "involvedObject.fieldPath",
              "reason",
              "reportingComponent",
              "source",
              "type"),
          ResourceType.NAMESPACES,
          Set.of("status.phase"),
          ResourceType.REPLICA_SETS,
          Set.of("status.replicas"),
          ResourceType.SERVICES,
          Set.of("spec.clusterIP", "spec.type"));

  /// As [#fields(String)], refusing what kube-apiserver refuses with 400: a term without an
  /// operator and a field `type` has no conversion for (`--field-selector spec.foo=bar` listed
  /// every pod, so a script that worked on the demo failed on a real cluster).
  static Predicate<ObjectNode> fields(ResourceType type, String selector) {
    if (selector == null || selector.isBlank()) {
      return o -> true;
    }
    for (String term : selector.split(",")) {
      if (!term.contains("=")) {
        throw StoreException.badRequest(
            "invalid selector: '"
                + FieldErrors.cut(selector)
                + "'; can't understand '"
                + FieldErrors.cut(term)
                + "'");
      }
      String field = term.split("!=|==?", 2)[0].trim();
      if (!field.equals("metadata.name")
          && !field.equals("metadata.namespace")
          && !FIELD_LABELS.getOrDefault(type, Set.of()).contains(field)) {
        throw StoreException.badRequest("field label not supported: " + FieldErrors.cut(field));
      }
    }
    return fields(selector);
  }

  /// As [#labels(String)], refusing with 400 what kube-apiserver's parser refuses: an empty term
  /// (`app=a,,`), unbalanced parentheses, a key that is not a label key (`a b c`, `=x`).
  static Predicate<ObjectNode> checkedLabels(String selector) {
    if (selector == null || selector.isBlank()) {
      return o -> true;
    }
    int depth = 0;
    for (char c : selector.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0 || depth > 1) {
        throw unparsable(selector);
      }
    }
    if (depth != 0) {
      throw unparsable(selector);
    }
    for (String term : splitTerms(selector)) {
      String t = term.trim();
      String key =
          t.startsWith("!") ? t.substring(1) : t.split("\\s+in\\s|\\s+notin\\s|!=|==?", 2)[0];
      if (!key.trim().matches(LABEL_KEY)) {
        throw unparsable(selector);
      }
    }
    return labels(selector);
  }

  /// A label key: an optional DNS prefix and a name of up to 63 characters.
  private static final String LABEL_KEY =
      "([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?";

  private static StoreException unparsable(String selector) {
    return StoreException.badRequest(
        "unable to parse requirement: found '"
            + FieldErrors.cut(selector)
            + "', expected: a label selector");
  }

  public static Predicate<ObjectNode> fields(String selector) {
    if (selector == null || selector.isBlank()) {
      return o -> true;
    }
    List<Predicate<ObjectNode>> terms = new ArrayList<>();
    for (String term : selector.split(",")) {
      boolean negated = term.contains("!=");
      String[] parts = term.split(negated ? "!=" : "==?", 2);
      String[] path = parts[0].trim().split("\\.");
      String value = parts.length > 1 ? parts[1].trim() : "";
      terms.add(o -> field(o, path).equals(value) != negated);
    }
    return o -> terms.stream().allMatch(t -> t.test(o));
  }

  private static String field(JsonNode object, String[] path) {
    JsonNode at = object;
    for (String key : path) {
      at = at.path(key);
    }
    return at.isValueNode() ? at.asString("") : "";
  }

  private static String label(JsonNode labels, String key) {
    JsonNode value = labels.get(key);
    return value == null ? null : value.asString("");
  }

  private static Predicate<JsonNode> labelTerm(String term) {
    String lower = term.replaceAll("\\s+", " ");
    int in = lower.indexOf(" in ");
    int notIn = lower.indexOf(" notin ");
    if (notIn > 0) {
      String key = lower.substring(0, notIn).trim();
      Set<String> values = values(lower.substring(notIn + 7));
      return l -> label(l, key) == null || !values.contains(label(l, key));
    }
    if (in > 0) {
      String key = lower.substring(0, in).trim();
      Set<String> values = values(lower.substring(in + 4));
      return l -> values.contains(label(l, key));
    }
    if (term.contains("!=")) {
      String[] kv = term.split("!=", 2);
      return l -> !kv[1].trim().equals(label(l, kv[0].trim()));
    }
    if (term.contains("=")) {
      String[] kv = term.split("==?", 2);
      return l -> kv[1].trim().equals(label(l, kv[0].trim()));
    }
    if (term.startsWith("!")) {
      String key = term.substring(1).trim();
      return l -> label(l, key) == null;
    }
    return l -> label(l, term) != null;
  }

  private static Set<String> values(String list) {
    String inner = list.trim().replaceAll("^\\(|\\)$", "");
    Set<String> values = new java.util.HashSet<>();
    for (String v : inner.split(",")) {
      values.add(v.trim());
    }
    return values;
  }

  /// Splits on commas outside parentheses, so `a in (x,y),b=c` gives two terms.
  private static List<String> splitTerms(String selector) {
    List<String> terms = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < selector.length(); i++) {
      char c = selector.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        terms.add(selector.substring(start, i));
        start = i + 1;
      }
    }
    terms.add(selector.substring(start));
    return terms;
  }
}
