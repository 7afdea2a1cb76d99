package dev.weft.action.canary;

import dev.weft.action.ApiException;
import dev.weft.action.ObjectWrites;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// The release's operation record: ConfigMap `weft-op-canary-<app>` in the gateway namespace,
/// labelled `app.kubernetes.io/managed-by: weft` and `weft.dev/canary: <app>`. One name per app
/// makes "one release per app" the API server's own rule: a second create is 409 AlreadyExists.
/// Every write carries the `resourceVersion` read. Blocks on requests; thread-safe.
final class ReleaseRecords {
  static final String PREFIX = "weft-op-canary-";

  private final ObjectWrites writes;
  private final String namespace;

  ReleaseRecords(ObjectWrites writes) {
    this.writes = writes;
    this.namespace = writes.fabric().gateway().namespace();
  }

  static String name(String app) {
    return PREFIX + app;
  }

  String namespace() {
    return namespace;
  }

  /// The app's release, or `null` when it never had one.
  Release read(String app) throws ApiException {
    ObjectNode cm = writes.read("gateway", path(app));
    return cm == null ? null : parse(cm);
  }

  /// Every app's release, ended ones included.
  List<Release> all() throws ApiException {
    ObjectNode list =
        writes.read(
            "gateway", KubePaths.configMaps(namespace) + "?labelSelector=weft.dev%2Fcanary");
    List<Release> out = new ArrayList<>();
    if (list != null) {
      for (JsonNode cm : list.path("items")) {
        out.add(parse((ObjectNode) cm));
      }
    }
    return out;
  }

  private static Release parse(ObjectNode cm) {
    Release r =
        Release.fromJson(Release.JSON.readTree(cm.path("data").path("release").asString("{}")));
    r.readVersion = cm.path("metadata").path("resourceVersion").asString("");
    return r;
  }

  /// Creates the record (a new release) or, when `replacing` an ended one, rewrites it with its
  /// `resourceVersion`; either way a concurrent start gets 409.
  void create(Release r, boolean replacing) throws ApiException {
    ObjectNode cm = configMap(r);
    ObjectWrites.Write w =
        replacing
            ? write(
                r,
                ObjectWrites.Verb.UPDATE,
                path(r.app),
                cm,
                "canary " + r.app + ": release record")
            : write(
                r,
                ObjectWrites.Verb.CREATE,
                KubePaths.configMaps(namespace),
                cm,
                "canary " + r.app + ": release record");
    r.readVersion = writes.write(w).path("metadata").path("resourceVersion").asString("");
  }

  /// Writes `r` back with the version read; 409 when another Weft changed it meanwhile.
  void update(Release r) throws ApiException {
    r.updatedAt = writes.now();
    ObjectNode cm = configMap(r);
    ObjectNode written = writes.write(write(r, ObjectWrites.Verb.UPDATE, path(r.app), cm, null));
    r.readVersion = written.path("metadata").path("resourceVersion").asString("");
  }

  private ObjectWrites.Write write(
      Release r, ObjectWrites.Verb verb, String path, ObjectNode cm, String summary) {
    return new ObjectWrites.Write(
        "gateway",
        verb,
        "ConfigMap",
        namespace,
        name(r.app),
        path,
        cm,
        List.of("/data/release"),
        summary,
        r.id);
  }

  private ObjectNode configMap(Release r) {
    ObjectNode cm =
        Release.JSON.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
    ObjectNode meta = cm.putObject("metadata").put("name", name(r.app)).put("namespace", namespace);
    if (!r.readVersion.isEmpty()) {
      meta.put("resourceVersion", r.readVersion);
    }
    meta.putObject("labels")
        .put("app.kubernetes.io/managed-by", "weft")
        .put("weft.dev/canary", r.app)
        .put("weft.dev/operation", r.id);
    cm.putObject("data")
        .put("operation", r.id)
        .put("request", "canary " + r.app + " → " + r.image)
        .put("by", r.by)
        .put("at", r.startedAt == null ? "" : r.startedAt.toString())
        .put("state", "canary-" + r.phase.label())
        .put("release", Release.JSON.writeValueAsString(r.toJson()));
    return cm;
  }

  private String path(String app) {
    return KubePaths.configMaps(namespace) + "/" + name(app);
  }
}
