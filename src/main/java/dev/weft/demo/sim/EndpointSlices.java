package dev.weft.demo.sim;

import dev.weft.demo.api.Json;
import dev.weft.demo.api.ObjectStore;
import dev.weft.demo.api.ResourceType;
import dev.weft.demo.api.Selectors;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// The EndpointSlice controller: one slice per Service (`<service>-weft`), listing the pods its
/// selector picks that have an IP, with their ready/serving conditions.
///
/// Confined to its zone's simulator thread.
final class EndpointSlices {
  private static final String SERVICE_LABEL = "kubernetes.io/service-name";

  private final ObjectStore store;
  private final String namespace;
  private final Map<String, Long> fingerprints = new java.util.HashMap<>();

  EndpointSlices(ObjectStore store, String namespace) {
    this.store = store;
    this.namespace = namespace;
  }

  /// Brings the slice of every service whose selector has `app` up to date.
  void sync(String app) {
    for (ObjectNode service :
        store.list(
            ResourceType.SERVICES,
            namespace,
            s -> app.equals(Json.text(s, "spec", "selector", "app")))) {
      syncService(service);
    }
  }

  private void syncService(ObjectNode service) {
    String name = Json.name(service) + "-weft";
    if (Json.text(service, "spec", "type").equals("ExternalName")) {
      // An ExternalName Service is a DNS alias: the controller keeps no endpoints for it.
      fingerprints.remove(name);
      if (store.get(ResourceType.ENDPOINT_SLICES, namespace, name) != null) {
        store.delete(ResourceType.ENDPOINT_SLICES, namespace, name);
      }
      return;
    }
    StringBuilder selector = new StringBuilder();
    for (Map.Entry<String, JsonNode> e : service.path("spec").path("selector").properties()) {
      selector
          .append(selector.isEmpty() ? "" : ",")
          .append(e.getKey())
          .append('=')
          .append(e.getValue().asString(""));
    }
    List<ObjectNode> pods =
        store.list(ResourceType.PODS, namespace, Selectors.labels(selector.toString()));
    // Most reconciles change no endpoint; skip rebuilding a slice of hundreds of entries (the
    // largest source of garbage under churn) unless a pod's name, IP or readiness changed.
    long fingerprint = Json.text(service, "metadata", "resourceVersion").hashCode();
    for (ObjectNode pod : pods) {
      fingerprint =
          fingerprint * 31
              + (Json.name(pod) + Json.text(pod, "status", "podIP") + PodLifecycle.isReady(pod))
                  .hashCode();
    }
    if (Long.valueOf(fingerprint).equals(fingerprints.put(name, fingerprint))
        && store.get(ResourceType.ENDPOINT_SLICES, namespace, name) != null) {
      return;
    }
    ObjectNode slice =
        Json.object().put("apiVersion", "discovery.k8s.io/v1").put("kind", "EndpointSlice");
    ObjectNode meta = slice.putObject("metadata").put("name", name).put("namespace", namespace);
    meta.putObject("labels")
        .put(SERVICE_LABEL, Json.name(service))
        .put("endpointslice.kubernetes.io/managed-by", "weft-demo");
    slice.put("addressType", "IPv4");
    ArrayNode endpoints = slice.putArray("endpoints");
    pods.sort(java.util.Comparator.comparing(Json::name));
    for (ObjectNode pod : pods) {
      String ip = Json.text(pod, "status", "podIP");
      if (ip.isEmpty()) {
        continue;
      }
      boolean ready = PodLifecycle.isReady(pod);
      ObjectNode endpoint = endpoints.addObject();
      endpoint.putArray("addresses").add(ip);
      endpoint
          .putObject("conditions")
          .put("ready", ready)
          .put("serving", ready)
          .put("terminating", false);
      endpoint
          .putObject("targetRef")
          .put("kind", "Pod")
          .put("name", Json.name(pod))
          .put("namespace", namespace)
          .put("uid", Json.text(pod, "metadata", "uid"));
      endpoint.put("nodeName", Json.text(pod, "spec", "nodeName"));
    }
    ArrayNode ports = slice.putArray("ports");
    for (JsonNode port : service.path("spec").path("ports")) {
      ports
          .addObject()
          .put("name", Json.text(port, "name"))
          .put("port", port.path("targetPort").asInt(8080))
          .put("protocol", "TCP");
    }
    ObjectNode existing = store.get(ResourceType.ENDPOINT_SLICES, namespace, name);
    if (existing == null) {
      store.create(ResourceType.ENDPOINT_SLICES, slice);
    } else if (!existing.path("endpoints").equals(slice.path("endpoints"))) {
      store.modify(
          ResourceType.ENDPOINT_SLICES,
          namespace,
          name,
          s -> {
            s.set("endpoints", slice.get("endpoints"));
            s.set("ports", slice.get("ports"));
            return s;
          });
    }
  }
}
