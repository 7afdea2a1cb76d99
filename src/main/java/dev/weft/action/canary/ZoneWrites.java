package dev.weft.action.canary;

import dev.weft.action.ApiException;
import dev.weft.action.ObjectWrites;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// The writes of a release's steps, each idempotent (a step already in place writes nothing)
/// and each through the action layer's write path (dry run, `resourceVersion`, read-back,
/// journal, Event). Blocks; thread-safe.
final class ZoneWrites {
  static final String RELEASE = "weft.dev/canary";
  static final String IMAGE_POINTER = "/spec/template/spec/containers/0/image";

  private final ObjectWrites writes;
  private final ZoneReader reader;

  ZoneWrites(ObjectWrites writes, ZoneReader reader) {
    this.writes = writes;
    this.reader = reader;
  }

  /// `<deployment>-canary`: the stable pod template with the new image and the canary track
  /// label, selected by the same Service (its selector keys are a subset of the labels).
  void createCanary(Release r) throws ApiException {
    String ns = reader.zone(r.canaryZone).namespace();
    String name = r.deployment + "-canary";
    if (reader.deployment(r.canaryZone, name) != null) {
      return;
    }
    ObjectNode stable = reader.deployment(r.canaryZone, r.deployment);
    if (stable == null) {
      throw ApiException.of(
          404, "NotFound", "no Deployment " + r.deployment + " in " + r.canaryZone);
    }
    ObjectNode d =
        Release.JSON.createObjectNode().put("apiVersion", "apps/v1").put("kind", "Deployment");
    ObjectNode meta = d.putObject("metadata").put("name", name).put("namespace", ns);
    ObjectNode labels = meta.putObject("labels");
    stable
        .path("metadata")
        .path("labels")
        .properties()
        .forEach(e -> labels.set(e.getKey(), e.getValue()));
    labels.put(ZoneReader.TRACK, "canary").put("app.kubernetes.io/managed-by", "weft");
    annotate(meta, r, ZoneReader.image(stable));
    ObjectNode spec = d.putObject("spec").put("replicas", r.replicas);
    spec.put("progressDeadlineSeconds", Math.max(1, r.gates.deadline().toSeconds()));
    ObjectNode template = (ObjectNode) stable.path("spec").path("template").deepCopy();
    ((ObjectNode) template.withObjectProperty("metadata").withObjectProperty("labels"))
        .put(ZoneReader.TRACK, "canary");
    ((ObjectNode) template.path("spec").path("containers").path(0)).put("image", r.image);
    ObjectNode match = spec.putObject("selector").putObject("matchLabels");
    stable
        .path("spec")
        .path("selector")
        .path("matchLabels")
        .properties()
        .forEach(e -> match.set(e.getKey(), e.getValue()));
    match.put(ZoneReader.TRACK, "canary");
    spec.set("template", template);
    writes.write(
        new ObjectWrites.Write(
            r.canaryZone,
            ObjectWrites.Verb.CREATE,
            "Deployment",
            ns,
            name,
            KubePaths.deployments(ns),
            d,
            List.of(IMAGE_POINTER),
            "canary "
                + r.app
                + ": create "
                + name
                + " ("
                + r.replicas
                + " × "
                + r.image
                + ") in "
                + r.canaryZone,
            r.id));
  }

  /// The canary Deployment removed (nothing when it is already gone).
  void deleteCanary(Release r) throws ApiException {
    String ns = reader.zone(r.canaryZone).namespace();
    String name = r.deployment + "-canary";
    if (reader.deployment(r.canaryZone, name) == null) {
      return;
    }
    writes.write(
        new ObjectWrites.Write(
            r.canaryZone,
            ObjectWrites.Verb.DELETE,
            "Deployment",
            ns,
            name,
            KubePaths.deployment(ns, name),
            null,
            List.of(),
            "canary " + r.app + ": delete " + name + " in " + r.canaryZone,
            r.id));
  }

  /// Sets the stable Deployment's image in `zone` (nothing when it already runs it); with
  /// `release` the Deployment records the release and the previous image, else those
  /// annotations go (a rollback leaves the object as the release found it).
  /// Returns the Deployment as written or read.
  ObjectNode setImage(Release r, String zone, String image, boolean release) throws ApiException {
    ObjectNode d = reader.deployment(zone, r.deployment);
    if (d == null) {
      throw ApiException.of(404, "NotFound", "no Deployment " + r.deployment + " in " + zone);
    }
    JsonNode annotations = d.path("metadata").path("annotations");
    boolean marked = annotations.has(RELEASE);
    if (ZoneReader.image(d).equals(image) && marked == release) {
      return d;
    }
    ObjectNode next = d.deepCopy();
    next.remove("status");
    ObjectNode meta = (ObjectNode) next.get("metadata");
    if (release) {
      annotate(meta, r, r.previous.getOrDefault(zone, ZoneReader.image(d)));
    } else {
      ObjectNode a = meta.withObjectProperty("annotations");
      a.remove(RELEASE);
    }
    ((ObjectNode) next.path("spec").path("template").path("spec").path("containers").path(0))
        .put("image", image);
    String ns = reader.zone(zone).namespace();
    return writes.write(
        new ObjectWrites.Write(
            zone,
            ObjectWrites.Verb.UPDATE,
            "Deployment",
            ns,
            r.deployment,
            KubePaths.deployment(ns, r.deployment),
            next,
            List.of(IMAGE_POINTER),
            "canary " + r.app + ": " + r.deployment + " image → " + image + " in " + zone,
            r.id));
  }

  private void annotate(ObjectNode meta, Release r, String previousImage) {
    ObjectNode mark =
        Release.JSON
            .createObjectNode()
            .put("release", r.id)
            .put("image", r.image)
            .put("previous", previousImage)
            .put("by", r.by)
            .put("at", String.valueOf(r.startedAt));
    meta.withObjectProperty("annotations").put(RELEASE, Release.JSON.writeValueAsString(mark));
  }
}
