package dev.weft.demo.api;

import io.fabric8.mockwebserver.http.MockResponse;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// The CRUD verbs of the demo API server on one store, including the `status` and `scale`
/// subresources. Stateless apart from the store it serves; thread-safe.
final class ObjectHandlers {
  private final ObjectStore store;

  ObjectHandlers(ObjectStore store) {
    this.store = store;
  }

  MockResponse get(ApiPath api, Predicate<ObjectNode> filter, boolean table) {
    if (api.name() != null) {
      ObjectNode object = existing(api);
      if ("scale".equals(api.subresource())) {
        return Responses.json(200, Scales.of(api.type(), object));
      }
      return Responses.json(
          200,
          table
              ? Tables.table(
                  api.type(),
                  List.of(object),
                  Json.text(object, "metadata", "resourceVersion"),
                  false)
              : object);
    }
    Lists.Page page = Lists.page(store, api, filter, ListOptions.of(api));
    if (table) {
      boolean full = "Object".equals(api.param("includeObject"));
      ObjectNode rows =
          Tables.table(api.type(), page.items(), Long.toString(page.resourceVersion()), full);
      page.describe((ObjectNode) rows.get("metadata"));
      return Responses.json(200, rows);
    }
    return Responses.json(200, Lists.json(api.type(), page));
  }

  MockResponse create(ApiPath api, ObjectNode body) {
    if (api.type().namespaced()) {
      ObjectNode meta = body.has("metadata") ? Json.metadata(body) : body.putObject("metadata");
      meta.put("namespace", api.namespace());
    }
    return Responses.json(201, store.create(api.type(), body));
  }

  MockResponse replace(ApiPath api, ObjectNode body) {
    ObjectNode old = existing(api);
    if ("scale".equals(api.subresource())) {
      return Responses.json(200, scale(api, old, body));
    }
    ObjectNode next = body.deepCopy();
    Json.metadata(next).put("name", api.name());
    if (api.type().namespaced()) {
      Json.metadata(next).put("namespace", api.namespace());
    }
    return Responses.json(200, store.update(api.type(), merged(api, old, next), true));
  }

  MockResponse patch(ApiPath api, String contentType, byte[] body) {
    synchronized (store) {
      ObjectNode old = existing(api);
      if ("scale".equals(api.subresource())) {
        ObjectNode scale = Patches.apply(contentType, Scales.of(api.type(), old), body);
        return Responses.json(200, scale(api, old, scale));
      }
      ObjectNode patched = Patches.apply(contentType, old, body);
      return Responses.json(200, store.update(api.type(), merged(api, old, patched), true));
    }
  }

  MockResponse delete(ApiPath api, Predicate<ObjectNode> filter) {
    if (api.name() == null) {
      ObjectNode list = Json.object().put("kind", api.type().kind() + "List");
      ArrayNode items = list.putArray("items");
      synchronized (store) {
        for (ObjectNode o : store.list(api.type(), api.namespace(), filter)) {
          items.add(store.delete(api.type(), Json.namespace(o), Json.name(o)));
        }
      }
      return Responses.json(200, list);
    }
    return Responses.json(200, store.delete(api.type(), api.namespace(), api.name()));
  }

  /// Writes to the main resource keep the stored status; writes to `status` keep everything else.
  private static ObjectNode merged(ApiPath api, ObjectNode old, ObjectNode next) {
    if ("status".equals(api.subresource())) {
      ObjectNode result = old.deepCopy();
      if (next.has("status")) {
        result.set("status", next.get("status"));
      }
      Json.metadata(result).set("resourceVersion", next.path("metadata").get("resourceVersion"));
      return result;
    }
    if (old.has("status") && api.type() != ResourceType.NAMESPACES) {
      next.set("status", old.get("status"));
    }
    return next;
  }

  private ObjectNode scale(ApiPath api, ObjectNode old, ObjectNode scale) {
    long replicas = Json.number(scale, "spec", "replicas");
    ObjectNode updated =
        store.modify(
            api.type(),
            api.namespace(),
            api.name(),
            o -> {
              ((ObjectNode) o.get("spec")).put("replicas", replicas);
              return o;
            });
    return Scales.of(api.type(), updated);
  }

  private ObjectNode existing(ApiPath api) {
    ObjectNode object = store.get(api.type(), api.namespace(), api.name());
    if (object == null) {
      throw StoreException.notFound(api.type(), api.name());
    }
    return object;
  }
}
