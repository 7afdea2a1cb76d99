package dev.weft.demo.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/// What a request asks to do, derived from its method and URI as kube-apiserver's request-info
/// resolver derives it: a resource request (verb, API group and version, resource, subresource,
/// namespace, name) or a non-resource one (verb and path). Immutable.
public record RequestAttributes(
    boolean resourceRequest,
    String verb,
    String apiGroup,
    String apiVersion,
    String resource,
    String subresource,
    String namespace,
    String name,
    String path,
    String dryRun) {
  private static final Set<String> TRUE = Set.of("1", "t", "T", "TRUE", "true", "True");
  private static final Set<String> NAMESPACE_SUBRESOURCES = Set.of("status", "finalize");

  /// A resource request as a SelfSubjectAccessReview states it.
  static RequestAttributes resource(
      String verb, String group, String resource, String sub, String namespace, String name) {
    return new RequestAttributes(true, verb, group, "", resource, sub, namespace, name, "", "");
  }

  static RequestAttributes nonResource(String verb, String path) {
    return new RequestAttributes(false, verb, "", "", "", "", "", "", path, "");
  }

  /// The attributes of `method` on `uri` (path and query).
  public static RequestAttributes of(String method, String uri) {
    int q = uri.indexOf('?');
    String path = q < 0 ? uri : uri.substring(0, q);
    String query = q < 0 ? "" : uri.substring(q + 1);
    List<String> parts =
        List.of(path.replaceAll("^/+|/+$", "").split("/")).stream()
            .filter(p -> !p.isEmpty())
            .toList();
    boolean core = !parts.isEmpty() && parts.getFirst().equals("api");
    boolean groups = !parts.isEmpty() && parts.getFirst().equals("apis");
    if (parts.size() < 3 || !(core || groups) || (groups && parts.size() < 4)) {
      return nonResource(method.toLowerCase(Locale.ROOT), path.isEmpty() ? "/" : path);
    }
    String group = core ? "" : parts.get(1);
    String version = parts.get(core ? 1 : 2);
    List<String> rest = parts.subList(core ? 2 : 3, parts.size());
    String verb =
        switch (method) {
          case "POST" -> "create";
          case "GET", "HEAD" -> "get";
          case "PUT" -> "update";
          case "PATCH" -> "patch";
          case "DELETE" -> "delete";
          default -> "";
        };
    String namespace = "";
    if (rest.getFirst().equals("namespaces") && rest.size() > 1) {
      namespace = rest.get(1);
      if (rest.size() > 2 && !NAMESPACE_SUBRESOURCES.contains(rest.get(2))) {
        rest = rest.subList(2, rest.size());
      }
    }
    String resource = rest.getFirst();
    String name = rest.size() >= 2 ? rest.get(1) : "";
    String sub = rest.size() >= 3 ? rest.get(2) : "";
    if (name.isEmpty() && verb.equals("get")) {
      verb = TRUE.contains(param(query, "watch")) ? "watch" : "list";
      name = exactName(param(query, "fieldSelector"));
    }
    if (name.isEmpty() && verb.equals("delete")) {
      verb = "deletecollection";
    }
    return new RequestAttributes(
        true, verb, group, version, resource, sub, namespace, name, path, param(query, "dryRun"));
  }

  RequestAttributes withName(String objectName) {
    return new RequestAttributes(
        resourceRequest,
        verb,
        apiGroup,
        apiVersion,
        resource,
        subresource,
        namespace,
        objectName,
        path,
        dryRun);
  }

  /// Whether the request changes something, or tries to.
  public boolean mutating() {
    return resourceRequest
        && Set.of("create", "update", "patch", "delete", "deletecollection").contains(verb);
  }

  private static String exactName(String selector) {
    for (String term : selector.split(",")) {
      String t = term.replace(" ", "");
      for (String op : List.of("==", "=")) {
        if (t.startsWith("metadata.name" + op)) {
          String name = t.substring(("metadata.name" + op).length());
          return name.matches("[^/%]+") && !name.equals(".") && !name.equals("..") ? name : "";
        }
      }
    }
    return "";
  }

  private static String param(String query, String key) {
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (k.equals(key)) {
        return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return "";
  }
}
