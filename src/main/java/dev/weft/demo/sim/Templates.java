package dev.weft.demo.sim;

import dev.weft.demo.api.Json;
import dev.weft.demo.api.ResourceType;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// The objects the demo seeds and the control plane creates, built as JSON trees. Stateless.
public final class Templates {
  static final String HASH_LABEL = "pod-template-hash";
  static final String REVISION = "deployment.kubernetes.io/revision";
  private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

  private Templates() {}

  public static ObjectNode namespace(String name) {
    ObjectNode ns = Json.object().put("apiVersion", "v1").put("kind", "Namespace");
    ns.putObject("metadata").put("name", name);
    ns.putObject("status").put("phase", "Active");
    return ns;
  }

  public static ObjectNode deployment(String namespace, String app, String image, int replicas) {
    ObjectNode d = Json.object().put("apiVersion", "apps/v1").put("kind", "Deployment");
    ObjectNode meta = d.putObject("metadata").put("name", app).put("namespace", namespace);
    meta.putObject("labels").put("app", app);
    ObjectNode spec = d.putObject("spec").put("replicas", replicas);
    spec.putObject("selector").putObject("matchLabels").put("app", app);
    ObjectNode strategy = spec.putObject("strategy").put("type", "RollingUpdate");
    strategy.putObject("rollingUpdate").put("maxSurge", "25%").put("maxUnavailable", "25%");
    spec.put("revisionHistoryLimit", 10).put("progressDeadlineSeconds", 600);
    ObjectNode template = spec.putObject("template");
    template.putObject("metadata").putObject("labels").put("app", app);
    ObjectNode container = template.putObject("spec").putArray("containers").addObject();
    container.put("name", app).put("image", image).put("imagePullPolicy", "IfNotPresent");
    container
        .putArray("ports")
        .addObject()
        .put("name", "http")
        .put("containerPort", 8080)
        .put("protocol", "TCP");
    d.putObject("status");
    return d;
  }

  public static ObjectNode service(String namespace, String app, String clusterIp) {
    ObjectNode s = Json.object().put("apiVersion", "v1").put("kind", "Service");
    s.putObject("metadata")
        .put("name", app)
        .put("namespace", namespace)
        .putObject("labels")
        .put("app", app);
    ObjectNode spec = s.putObject("spec").put("type", "ClusterIP").put("clusterIP", clusterIp);
    spec.putObject("selector").put("app", app);
    spec.putArray("ports")
        .addObject()
        .put("name", "http")
        .put("port", 8080)
        .put("targetPort", 8080)
        .put("protocol", "TCP");
    s.putObject("status").putObject("loadBalancer");
    return s;
  }

  /// The replica set a deployment's current template gets, owned by the deployment.
  static ObjectNode replicaSet(JsonNode deployment, String hash, int replicas, long revision) {
    String app = Json.name(deployment);
    ObjectNode rs = Json.object().put("apiVersion", "apps/v1").put("kind", "ReplicaSet");
    ObjectNode meta =
        rs.putObject("metadata")
            .put("name", app + "-" + hash)
            .put("namespace", Json.namespace(deployment));
    meta.set("labels", labelsWithHash(deployment.path("spec").path("template"), hash));
    meta.putObject("annotations").put(REVISION, Long.toString(revision));
    owner(meta, deployment, ResourceType.DEPLOYMENTS);
    ObjectNode spec = rs.putObject("spec").put("replicas", replicas);
    ObjectNode selector = spec.putObject("selector").putObject("matchLabels");
    deployment
        .path("spec")
        .path("selector")
        .path("matchLabels")
        .properties()
        .forEach(e -> selector.set(e.getKey(), e.getValue()));
    selector.put(HASH_LABEL, hash);
    ObjectNode template = (ObjectNode) deployment.path("spec").path("template").deepCopy();
    ((ObjectNode) template.get("metadata")).set("labels", labelsWithHash(template, hash));
    spec.set("template", template);
    rs.putObject("status").put("replicas", 0);
    return rs;
  }

  /// A new Pending pod of a replica set.
  static ObjectNode pod(JsonNode replicaSet, String name, String nodeName) {
    ObjectNode pod = Json.object().put("apiVersion", "v1").put("kind", "Pod");
    JsonNode template = replicaSet.path("spec").path("template");
    ObjectNode meta =
        pod.putObject("metadata").put("name", name).put("namespace", Json.namespace(replicaSet));
    meta.set("labels", template.path("metadata").path("labels").deepCopy());
    owner(meta, replicaSet, ResourceType.REPLICA_SETS);
    ObjectNode spec = (ObjectNode) template.path("spec").deepCopy();
    spec.put("nodeName", nodeName).put("restartPolicy", "Always");
    pod.set("spec", spec);
    ObjectNode status =
        pod.putObject("status").put("phase", "Pending").put("qosClass", "BestEffort");
    status.putArray("conditions").addObject().put("type", "PodScheduled").put("status", "True");
    return pod;
  }

  /// Whether two pod templates are equal as Kubernetes compares them (`EqualIgnoreHash`): apart
  /// from the pod-template-hash label, key order, and empty or null values a client's decoding
  /// adds (`resources: {}`, `creationTimestamp: null`).
  static boolean sameTemplate(JsonNode a, JsonNode b) {
    return canonical(a).equals(canonical(b));
  }

  /// The template as compared and hashed: without the hash label and empty values.
  private static JsonNode canonical(JsonNode template) {
    JsonNode copy = template.deepCopy();
    if (copy.path("metadata").path("labels") instanceof ObjectNode labels) {
      labels.remove(HASH_LABEL);
    }
    return prune(copy);
  }

  private static JsonNode prune(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode pruned = Json.object();
      java.util.List<String> keys = new java.util.ArrayList<>(object.propertyNames());
      java.util.Collections.sort(keys);
      for (String key : keys) {
        JsonNode value = prune(object.get(key));
        if (!value.isNull() && !(value.isContainer() && value.isEmpty())) {
          pruned.set(key, value);
        }
      }
      return pruned;
    }
    if (node.isArray()) {
      tools.jackson.databind.node.ArrayNode array = Json.NODES.arrayNode();
      node.forEach(item -> array.add(prune(item)));
      return array;
    }
    return node;
  }

  /// A short stable hash of a pod template, spelled as Kubernetes spells pod-template-hash.
  static String hash(JsonNode template) {
    byte[] bytes = Json.string(canonical(template)).getBytes(StandardCharsets.UTF_8);
    long h = 0xcbf29ce484222325L;
    for (byte b : bytes) {
      h ^= b;
      h *= 0x100000001b3L;
    }
    StringBuilder s = new StringBuilder();
    long v = h & Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      s.append(ALPHABET.charAt((int) (v % ALPHABET.length())));
      v /= ALPHABET.length();
    }
    return s.toString();
  }

  private static ObjectNode labelsWithHash(JsonNode template, String hash) {
    ObjectNode labels = (ObjectNode) template.path("metadata").path("labels").deepCopy();
    labels.put(HASH_LABEL, hash);
    return labels;
  }

  private static void owner(ObjectNode meta, JsonNode owner, ResourceType type) {
    meta.putArray("ownerReferences")
        .addObject()
        .put("apiVersion", type.apiVersion())
        .put("kind", type.kind())
        .put("name", Json.name(owner))
        .put("uid", Json.text(owner, "metadata", "uid"))
        .put("controller", true)
        .put("blockOwnerDeletion", true);
  }
}
