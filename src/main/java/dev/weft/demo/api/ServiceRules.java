package dev.weft.demo.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// What kube-apiserver's Service strategy and validation do with the fields the demo serves:
/// the type, ExternalName services without cluster IPs, and cluster IPs allocated from the
/// service range 10.96.0.0/12 (a requested free IP is kept, a taken one is 422 "provided IP is
/// already allocated"). Called under the store's lock, so allocation is atomic. Stateless.
final class ServiceRules {
  static final String RANGE = "10.96.0.0/12";
  private static final long BASE = ip("10.96.0.0");
  private static final long SIZE = 1L << 20;
  private static final List<String> TYPES =
      List.of("ClusterIP", "ExternalName", "LoadBalancer", "NodePort");

  private ServiceRules() {}

  static void prepare(ObjectNode service, JsonNode old, ObjectStore store, FieldErrors errors) {
    ObjectNode spec =
        service.get("spec") instanceof ObjectNode existing ? existing : service.putObject("spec");
    if (Json.text(spec, "type").isEmpty()) {
      spec.put("type", "ClusterIP");
    }
    String type = Json.text(spec, "type");
    if (!TYPES.contains(type)) {
      errors.notSupported(
          "spec.type",
          FieldErrors.show(spec.get("type")),
          "\"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\"");
      return;
    }
    String oldIp = old == null ? "" : Json.text(old, "spec", "clusterIP");
    String ip = Json.text(spec, "clusterIP");
    if (type.equals("ExternalName")) {
      // An update that only changes the type drops the old cluster IP (dropTypeDependentFields).
      if (!oldIp.isEmpty() && ip.equals(oldIp)) {
        spec.remove("clusterIP");
        spec.remove("clusterIPs");
        ip = "";
      }
      if (!ip.isEmpty() || !spec.path("clusterIPs").isEmpty()) {
        errors.forbidden("spec.clusterIPs", "may not be set for ExternalName services");
      }
      String name = Json.text(spec, "externalName");
      String cname = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
      if (cname.isEmpty()) {
        errors.required("spec.externalName", "");
      } else if (!MetadataRules.subdomain(cname)) {
        errors.invalid("spec.externalName", spec.get("externalName"), MetadataRules.SUBDOMAIN_MSG);
      }
      return;
    }
    if (ip.isEmpty() && !oldIp.isEmpty()) {
      ip = oldIp;
    } else if (!oldIp.isEmpty() && !ip.equals(oldIp)) {
      errors.invalid("spec.clusterIP", spec.get("clusterIP"), "field is immutable");
      return;
    }
    if (ip.equals("None")) {
      spec.putArray("clusterIPs").add("None");
      return;
    }
    if (ip.isEmpty()) {
      ip = allocate(used(store, service));
    } else if (oldIp.isEmpty()) {
      String problem = requestProblem(ip, used(store, service));
      if (problem != null) {
        errors.invalidText(
            "spec.clusterIPs",
            "[]string{\"" + FieldErrors.cut(ip) + "\"}",
            "failed to allocate IP " + FieldErrors.cut(ip) + ": " + problem);
        return;
      }
    }
    spec.put("clusterIP", ip);
    spec.putArray("clusterIPs").add(ip);
  }

  private static String requestProblem(String ip, Set<String> used) {
    long value = ip(ip);
    if (value < 0) {
      return "not a valid IP address";
    }
    if (value < BASE || value >= BASE + SIZE) {
      return "the provided IP ("
          + ip
          + ") is not in the valid range. The range of valid IPs is "
          + RANGE;
    }
    return used.contains(ip) ? "provided IP is already allocated" : null;
  }

  private static Set<String> used(ObjectStore store, JsonNode except) {
    Set<String> used = new HashSet<>();
    for (ObjectNode s : store.list(ResourceType.SERVICES, null, s -> true)) {
      boolean same =
          Json.name(s).equals(Json.name(except))
              && Json.namespace(s).equals(Json.namespace(except));
      if (!same) {
        used.add(Json.text(s, "spec", "clusterIP"));
      }
    }
    return used;
  }

  private static String allocate(Set<String> used) {
    // The first ten addresses are left to the cluster's own services, as kubeadm leaves them.
    for (long i = 10; i < SIZE - 1; i++) {
      String candidate = text(BASE + i);
      if (!used.contains(candidate)) {
        return candidate;
      }
    }
    throw new StoreException(
        500, "InternalError", "Internal error occurred: range is full: " + RANGE);
  }

  /// An IPv4 address as a number, or -1 when the text is not one.
  private static long ip(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return -1;
    }
    long value = 0;
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
        return -1;
      }
      int octet = Integer.parseInt(part);
      if (octet > 255) {
        return -1;
      }
      value = value * 256 + octet;
    }
    return value;
  }

  private static String text(long ip) {
    return (ip >> 24 & 255) + "." + (ip >> 16 & 255) + "." + (ip >> 8 & 255) + "." + (ip & 255);
  }
}
