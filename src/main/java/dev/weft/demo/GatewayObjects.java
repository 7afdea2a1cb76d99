package dev.weft.demo;

import dev.weft.demo.DemoZones.ZoneName;
import dev.weft.demo.api.Json;
import dev.weft.demo.api.ObjectStore;
import dev.weft.demo.api.ResourceType;
import dev.weft.demo.sim.Templates;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// Seeds the gateway cluster: the `edge` Gateway, one ExternalName Service per zone backend, and
/// the fabric's HTTPRoute with per-region header-matched rules (nearest zone weight 100, the
/// others listed at weight 0) and a default rule with one equally weighted backendRef per zone.
/// Stateless.
final class GatewayObjects {
  static final String REGION_HEADER = "x-weft-region";

  private GatewayObjects() {}

  static void seed(ObjectStore store, List<ZoneName> zones) {
    String ns = DemoFiles.GATEWAY_NAMESPACE;
    store.create(ResourceType.NAMESPACES, Templates.namespace(ns));
    ObjectNode gateway = Json.object();
    gateway.putObject("metadata").put("name", "edge").put("namespace", ns);
    ObjectNode gatewaySpec = gateway.putObject("spec").put("gatewayClassName", "weft-demo");
    gatewaySpec
        .putArray("listeners")
        .addObject()
        .put("name", "http")
        .put("port", 80)
        .put("protocol", "HTTP");
    store.create(ResourceType.GATEWAYS, gateway);
    for (ZoneName zone : zones) {
      ObjectNode service = Json.object();
      service.putObject("metadata").put("name", backend(zone.name())).put("namespace", ns);
      service
          .putObject("spec")
          .put("type", "ExternalName")
          .put("externalName", "app1." + zone.name() + ".health.example")
          .putArray("ports")
          .addObject()
          .put("name", "http")
          .put("port", 8080)
          .put("protocol", "TCP");
      store.create(ResourceType.SERVICES, service);
    }
    store.create(ResourceType.HTTP_ROUTES, route(zones));
  }

  static ObjectNode route(List<ZoneName> zones) {
    ObjectNode route = Json.object();
    route
        .putObject("metadata")
        .put("name", DemoFiles.ROUTE)
        .put("namespace", DemoFiles.GATEWAY_NAMESPACE);
    ObjectNode spec = route.putObject("spec");
    spec.putArray("parentRefs")
        .addObject()
        .put("group", "gateway.networking.k8s.io")
        .put("kind", "Gateway")
        .put("name", "edge");
    spec.putArray("hostnames").add("health.example");
    ArrayNode rules = spec.putArray("rules");
    for (String region : DemoZones.regions(zones)) {
      ObjectNode rule = rules.addObject();
      ObjectNode match = rule.putArray("matches").addObject();
      match
          .putArray("headers")
          .addObject()
          .put("type", "Exact")
          .put("name", REGION_HEADER)
          .put("value", region);
      match.putObject("path").put("type", "PathPrefix").put("value", "/");
      ArrayNode refs = rule.putArray("backendRefs");
      List<String> order = DemoZones.nearestFirst(region, zones);
      for (int i = 0; i < order.size(); i++) {
        backendRef(refs, order.get(i), i == 0 ? 100 : 0);
      }
    }
    ObjectNode fallback = rules.addObject();
    fallback
        .putArray("matches")
        .addObject()
        .putObject("path")
        .put("type", "PathPrefix")
        .put("value", "/");
    ArrayNode refs = fallback.putArray("backendRefs");
    int share = 100 / zones.size();
    for (int i = 0; i < zones.size(); i++) {
      backendRef(refs, zones.get(i).name(), i == 0 ? 100 - share * (zones.size() - 1) : share);
    }
    return route;
  }

  static String backend(String zone) {
    return "health-" + zone;
  }

  private static void backendRef(ArrayNode refs, String zone, int weight) {
    refs.addObject()
        .put("group", "")
        .put("kind", "Service")
        .put("name", backend(zone))
        .put("port", 8080)
        .put("weight", weight);
  }
}
