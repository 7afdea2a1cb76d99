package dev.weft.demo.api;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// Lists as kube-apiserver serves them: `resourceVersion` with `resourceVersionMatch`, and
/// `limit`/`continue` pages in key order (namespace, then name) with an opaque continue token
/// and `metadata.remainingItemCount`.
///
/// The demo keeps no old snapshots: a page is cut from the current state after the token's
/// key and reports the token's resourceVersion, so an object changed between pages shows its
/// newer version (a watch from that version replays the change). A token older than the
/// store's change history answers 410 Expired with kube-apiserver's message and an
/// "inconsistent" token to go on with, as etcd compaction does. An `Exact` read of any version
/// but the current one answers 410 as if compacted. Stateless; thread-safe.
final class Lists {
  static final String EXPIRED = "The resourceVersion for the provided list is too old.";
  static final String INCONSISTENT_CONTINUE =
      "The provided continue parameter is too old to display a consistent list result. You can"
          + " start a new list without the continue parameter, or use the continue token in this"
          + " response to retrieve the remainder of the results. Continuing with the provided"
          + " token results in an inconsistent list - objects that were created, modified, or"
          + " deleted between the time the first chunk was returned and now may show up in the"
          + " list.";
  private static final Comparator<ObjectNode> KEY_ORDER = Comparator.comparing(Lists::key);

  private Lists() {}

  /// One page of objects and what its list metadata says.
  record Page(List<ObjectNode> items, long resourceVersion, String continueToken, Long remaining) {
    void describe(ObjectNode metadata) {
      metadata.put("resourceVersion", Long.toString(resourceVersion));
      if (!continueToken.isEmpty()) {
        metadata.put("continue", continueToken);
      }
      if (remaining != null) {
        metadata.put("remainingItemCount", remaining);
      }
    }
  }

  static Page page(
      ObjectStore store, ApiPath api, Predicate<ObjectNode> filter, ListOptions options) {
    Token token = options.continueToken().isEmpty() ? null : Token.decode(options);
    long version;
    List<ObjectNode> items;
    synchronized (store) {
      version = store.resourceVersion();
      if (token != null && token.rv() > 0 && store.changesSince(token.rv(), e -> false) == null) {
        throw new StoreException(410, "Expired", INCONSISTENT_CONTINUE)
            .withContinue(new Token(-1, token.start()).encode());
      }
      checkVersion(options, version);
      items = store.list(api.type(), api.namespace(), filter);
    }
    if (token == null && options.limit() <= 0) {
      return new Page(items, version, "", null);
    }
    List<ObjectNode> sorted = new ArrayList<>(items);
    sorted.sort(KEY_ORDER);
    int from = 0;
    if (token != null) {
      while (from < sorted.size() && key(sorted.get(from)).compareTo(token.start()) < 0) {
        from++;
      }
    }
    long listVersion = token != null && token.rv() > 0 ? token.rv() : version;
    int to =
        options.limit() > 0 ? (int) Math.min(sorted.size(), from + options.limit()) : sorted.size();
    List<ObjectNode> page = sorted.subList(from, to);
    if (to >= sorted.size()) {
      return new Page(page, listVersion, "", null);
    }
    String next = new Token(listVersion, key(page.get(page.size() - 1)) + "\u0000").encode();
    boolean selected = api.param("labelSelector") != null || api.param("fieldSelector") != null;
    return new Page(page, listVersion, next, selected ? null : (long) sorted.size() - to);
  }

  /// The plain JSON list (`PodList`, …) of a page.
  static ObjectNode json(ResourceType type, Page page) {
    ObjectNode list =
        Json.object().put("kind", type.kind() + "List").put("apiVersion", type.apiVersion());
    page.describe(list.putObject("metadata"));
    ArrayNode array = list.putArray("items");
    page.items().forEach(array::add);
    return list;
  }

  private static void checkVersion(ListOptions options, long current) {
    String rv = options.resourceVersion();
    if (rv.isEmpty() || rv.equals("0")) {
      return;
    }
    if (!options.continueToken().isEmpty()) {
      throw new StoreException(
          400, "BadRequest", "specifying resource version is not allowed when using continue");
    }
    long asked;
    try {
      asked = Long.parseLong(rv);
    } catch (NumberFormatException e) {
      throw new StoreException(
          400, "BadRequest", "resourceVersion: Invalid value: \"" + rv + "\": invalid value");
    }
    if (asked > current) {
      throw new StoreException(
          504,
          "Timeout",
          "Timeout: Too large resource version: " + asked + ", current: " + current);
    }
    if (options.resourceVersionMatch().equals(ListOptions.EXACT) && asked < current) {
      throw new StoreException(410, "Expired", EXPIRED);
    }
  }

  private static String key(ObjectNode object) {
    String namespace = Json.namespace(object);
    return namespace.isEmpty() ? Json.name(object) : namespace + "/" + Json.name(object);
  }

  /// kube-apiserver's continue token: base64url of `{"v":"meta.k8s.io/v1","rv":…,"start":…}`.
  private record Token(long rv, String start) {
    String encode() {
      ObjectNode json = Json.object().put("v", "meta.k8s.io/v1").put("rv", rv).put("start", start);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.bytes(json));
    }

    static Token decode(ListOptions options) {
      byte[] raw;
      ObjectNode json;
      try {
        raw = Base64.getUrlDecoder().decode(options.continueToken());
      } catch (IllegalArgumentException e) {
        throw invalid("continue key is not valid: illegal base64 data");
      }
      try {
        json = Json.parse(raw);
      } catch (RuntimeException e) {
        throw invalid("continue key is not valid: not a continue token");
      }
      String start = json.path("start").asString("");
      long rv = json.path("rv").asLong(0);
      if (!json.path("v").asString("").equals("meta.k8s.io/v1") || start.isEmpty() || rv == 0) {
        throw invalid(
            "continue key is not valid: incorrect encoded start resourceVersion (version"
                + " meta.k8s.io/v1)");
      }
      return new Token(rv, start);
    }

    private static StoreException invalid(String why) {
      return new StoreException(400, "BadRequest", "invalid continue token: " + why);
    }
  }
}
