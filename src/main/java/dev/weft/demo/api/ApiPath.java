package dev.weft.demo.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// A resource request path taken apart: `/api/v1/namespaces/health/pods/p1/status?watch=1` gives
/// type pods, namespace health, name p1, subresource status and the query. Immutable.
record ApiPath(
    ResourceType type,
    String namespace,
    String name,
    String subresource,
    Map<String, String> query) {

  static Optional<ApiPath> parse(String rawPath) {
    int q = rawPath.indexOf('?');
    String path = q < 0 ? rawPath : rawPath.substring(0, q);
    Map<String, String> query = q < 0 ? Map.of() : query(rawPath.substring(q + 1));
    List<String> parts = List.of(path.replaceAll("^/+|/+$", "").split("/"));
    String group;
    String version;
    int at;
    if (parts.size() >= 3 && parts.get(0).equals("api")) {
      group = "";
      version = parts.get(1);
      at = 2;
    } else if (parts.size() >= 4 && parts.get(0).equals("apis")) {
      group = parts.get(1);
      version = parts.get(2);
      at = 3;
    } else {
      return Optional.empty();
    }
    List<String> rest = parts.subList(at, parts.size());
    String namespace = null;
    if (rest.size() >= 3 && rest.get(0).equals("namespaces")) {
      namespace = rest.get(1);
      rest = rest.subList(2, rest.size());
    } else if (rest.size() == 2 && rest.get(0).equals("namespaces")) {
      // The namespace object itself: /api/v1/namespaces/{name}.
      return ResourceType.find(group, version, "namespaces")
          .map(t -> new ApiPath(t, null, parts.get(parts.size() - 1), null, query));
    }
    if (rest.isEmpty() || rest.size() > 3) {
      return Optional.empty();
    }
    String name = rest.size() > 1 ? rest.get(1) : null;
    String sub = rest.size() > 2 ? rest.get(2) : null;
    String ns = namespace;
    return ResourceType.find(group, version, rest.get(0))
        .map(t -> new ApiPath(t, t.namespaced() ? ns : null, name, sub, query));
  }

  /// Whether this asks for a watch, with `watch` read as kube-apiserver reads booleans.
  boolean watch() {
    return ListOptions.flag(query.get("watch"));
  }

  String param(String key) {
    return query.get(key);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new HashMap<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      // A repeated parameter counts once, with its first value, as Go's url.Values.Get reads it.
      query.putIfAbsent(decode(key), decode(value));
    }
    return query;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
