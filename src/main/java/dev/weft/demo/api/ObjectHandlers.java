package dev.weft.demo.api;

import io.fabric8.mockwebserver.http.MockResponse;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// The CRUD verbs of the demo API server on one store, including the `status` and `scale`
/// subresources, as kube-apiserver judges them: type checks, defaulting and validation
/// ([Validation]), optimistic concurrency, name checks and `dryRun=All` (everything runs, nothing
/// is stored). Stateless apart from the store it serves; thread-safe: each write holds the
/// store's lock from read to commit.
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

  MockResponse create(ApiPath api, ObjectNode body, WriteOptions options) {
    ObjectNode object = typed(api.type(), body.deepCopy());
    ObjectNode meta = object.withObjectProperty("metadata");
    if (api.type().namespaced()) {
      String sent = Json.namespace(object);
      if (!sent.isEmpty() && !sent.equals(api.namespace())) {
        throw StoreException.badRequest(
            "the namespace of the provided object does not match the namespace sent on the"
                + " request");
      }
      meta.put("namespace", api.namespace());
    }
    synchronized (store) {
      NamespaceLifecycle.admitCreate(store, api.type(), api.namespace(), Json.name(object));
      Validation.admit(api.type(), object, null, store);
      return Responses.json(201, store.create(api.type(), object, options.dryRun()));
    }
  }

  MockResponse replace(ApiPath api, ObjectNode body, WriteOptions options) {
    synchronized (store) {
      ObjectNode old = existing(api);
      if ("scale".equals(api.subresource())) {
        return Responses.json(200, scale(api, old, body, options));
      }
      return Responses.json(200, write(api, old, typed(api.type(), body.deepCopy()), options));
    }
  }

  /// A body's `apiVersion` and `kind` checked against the URL's type, as kube-apiserver's
  /// decoder checks them, and defaulted from it when missing: a PUT of a Deployment to a
  /// ConfigMap's URL was stored, and lists of ConfigMaps then broke kubectl ("Object 'Kind' is
  /// missing").
  private static ObjectNode typed(ResourceType type, ObjectNode body) {
    String apiVersion = Json.text(body, "apiVersion");
    if (!apiVersion.isEmpty() && !apiVersion.equals(type.apiVersion())) {
      throw StoreException.badRequest(
          "the API version in the data ("
              + FieldErrors.cut(apiVersion)
              + ") does not match the expected API version ("
              + type.apiVersion()
              + ")");
    }
    String kind = Json.text(body, "kind");
    if (!kind.isEmpty() && !kind.equals(type.kind())) {
      throw StoreException.badRequest(
          "the kind in the data ("
              + FieldErrors.cut(kind)
              + ") does not match the expected kind ("
              + type.kind()
              + ")");
    }
    return body.put("apiVersion", type.apiVersion()).put("kind", type.kind());
  }

  MockResponse patch(ApiPath api, String contentType, byte[] body, WriteOptions options) {
    synchronized (store) {
      ObjectNode old = existing(api);
      if ("scale".equals(api.subresource())) {
        ObjectNode scale = Patches.apply(api.type(), contentType, Scales.of(api.type(), old), body);
        return Responses.json(200, scale(api, old, scale, options));
      }
      ObjectNode patched = Patches.apply(api.type(), contentType, old, body);
      return Responses.json(200, write(api, old, patched, options));
    }
  }

  MockResponse delete(ApiPath api, Predicate<ObjectNode> filter, WriteOptions options) {
    boolean dryRun = options.dryRun();
    if (api.name() == null && api.type() == ResourceType.NAMESPACES) {
      // Namespaces have no deletecollection verb (`kubectl delete ns --all` deletes each).
      return Responses.error(
          405,
          "MethodNotAllowed",
          "the server does not allow this method on the requested resource");
    }
    if (api.name() == null) {
      ObjectNode list = Json.object().put("kind", api.type().kind() + "List");
      ArrayNode items = list.putArray("items");
      synchronized (store) {
        for (ObjectNode o : store.list(api.type(), api.namespace(), filter)) {
          items.add(store.delete(api.type(), Json.namespace(o), Json.name(o), dryRun));
        }
      }
      return Responses.json(200, list);
    }
    if (api.type() == ResourceType.NAMESPACES) {
      NamespaceLifecycle.admitDelete(api.type(), api.name());
      return Responses.json(200, store.deleteNamespace(api.name(), dryRun));
    }
    synchronized (store) {
      ObjectNode target = existing(api);
      preconditions(api, target, options);
      if (options.orphan() && !dryRun) {
        orphanDependentsOf(target, api.namespace());
      }
      return Responses.json(200, store.delete(api.type(), api.namespace(), api.name(), dryRun));
    }
  }

  /// A delete's preconditions, as kube-apiserver checks them: the object must still be the one
  /// (its uid) and the version (its resourceVersion) the deleter read, or it is 409 Conflict
  /// and stays. The demo deleted whatever it had.
  private static void preconditions(ApiPath api, ObjectNode target, WriteOptions options) {
    String uid = Json.text(target, "metadata", "uid");
    String version = Json.text(target, "metadata", "resourceVersion");
    String failed = null;
    if (options.uid() != null && !options.uid().equals(uid)) {
      failed =
          "Precondition failed: UID in precondition: "
              + FieldErrors.cut(options.uid())
              + ", UID in object meta: "
              + uid;
    } else if (options.resourceVersion() != null && !options.resourceVersion().equals(version)) {
      failed =
          "Precondition failed: ResourceVersion in precondition: "
              + FieldErrors.cut(options.resourceVersion())
              + ", ResourceVersion in object meta: "
              + version;
    }
    if (failed != null) {
      throw StoreException.conflict(api.type(), api.name(), failed);
    }
  }

  /// `kubectl delete --cascade=orphan`: what the object owned loses its owner reference to it,
  /// as the garbage collector's orphan finalizer does, and so outlives it (the demo deleted a
  /// deployment's ReplicaSets and pods all the same).
  private void orphanDependentsOf(ObjectNode owner, String namespace) {
    String uid = Json.text(owner, "metadata", "uid");
    if (uid.isEmpty() || namespace == null) {
      return;
    }
    for (ResourceType type : ResourceType.ALL) {
      if (!type.namespaced() || type.isReview()) {
        continue;
      }
      for (ObjectNode dependent : store.list(type, namespace, o -> Json.ownedBy(o, uid))) {
        ObjectNode orphan = dependent.deepCopy();
        ArrayNode kept = Json.MAPPER.createArrayNode();
        for (JsonNode ref : orphan.path("metadata").path("ownerReferences")) {
          if (!uid.equals(Json.text(ref, "uid"))) {
            kept.add(ref);
          }
        }
        ObjectNode meta = orphan.withObjectProperty("metadata");
        if (kept.isEmpty()) {
          meta.remove("ownerReferences");
        } else {
          meta.set("ownerReferences", kept);
        }
        store.update(type, orphan, false);
      }
    }
  }

  /// An update of the main resource or its `status`: name check, validation, concurrency.
  private ObjectNode write(ApiPath api, ObjectNode old, ObjectNode next, WriteOptions options) {
    String name = Json.name(next);
    if (!name.isEmpty() && !name.equals(api.name())) {
      throw StoreException.badRequest(
          "the name of the object ("
              + FieldErrors.cut(name)
              + ") does not match the name on the URL ("
              + api.name()
              + ")");
    }
    String namespace = Json.namespace(next);
    if (api.type().namespaced() && !namespace.isEmpty() && !namespace.equals(api.namespace())) {
      throw StoreException.badRequest(
          "the namespace of the provided object does not match the namespace sent on the request");
    }
    ObjectNode meta = next.withObjectProperty("metadata");
    meta.put("name", api.name());
    if (api.type().namespaced()) {
      meta.put("namespace", api.namespace());
    }
    ObjectNode merged = merged(api, old, next);
    // What a patch does to them is not kept: the stored object is always of its URL's type.
    merged.put("apiVersion", api.type().apiVersion()).put("kind", api.type().kind());
    Validation.admit(api.type(), merged, old, store);
    return store.update(api.type(), merged, true, options.dryRun());
  }

  /// Writes to the main resource keep the stored status; writes to `status` keep everything else.
  private static ObjectNode merged(ApiPath api, ObjectNode old, ObjectNode next) {
    if ("status".equals(api.subresource())) {
      ObjectNode result = old.deepCopy();
      if (next.has("status")) {
        result.set("status", next.get("status"));
      }
      JsonNode version = next.path("metadata").get("resourceVersion");
      if (version != null) {
        Json.metadata(result).set("resourceVersion", version);
      }
      return result;
    }
    if (old.has("status") && api.type() != ResourceType.NAMESPACES) {
      next.set("status", old.get("status"));
    }
    return next;
  }

  /// A write to the `scale` subresource: a stale `resourceVersion` conflicts, as on the object.
  private ObjectNode scale(ApiPath api, ObjectNode old, JsonNode scale, WriteOptions options) {
    JsonNode replicas = scale.path("spec").path("replicas");
    if (!replicas.isMissingNode() && !replicas.isIntegralNumber()) {
      throw StoreException.badRequest(
          "Scale in version \"v1\" cannot be handled as a Scale: json: cannot unmarshal "
              + (replicas.isString() ? "string" : "number")
              + " into Go struct field ScaleSpec.spec.replicas of type int32");
    }
    if (replicas.isIntegralNumber() && replicas.asLong() < 0) {
      FieldErrors errors = new FieldErrors();
      errors.invalid("spec.replicas", replicas, "must be greater than or equal to 0");
      throw errors.invalid("Scale.autoscaling", "autoscaling", "Scale", api.name());
    }
    ObjectNode next = old.deepCopy();
    String sent = Json.text(scale, "metadata", "resourceVersion");
    if (!sent.isEmpty()) {
      Json.metadata(next).put("resourceVersion", sent);
    }
    next.withObjectProperty("spec").put("replicas", replicas.asLong(0));
    return Scales.of(api.type(), store.update(api.type(), next, true, options.dryRun()));
  }

  private ObjectNode existing(ApiPath api) {
    ObjectNode object = store.get(api.type(), api.namespace(), api.name());
    if (object == null) {
      throw StoreException.notFound(api.type(), api.name());
    }
    return object;
  }
}
