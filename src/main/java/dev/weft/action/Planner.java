package dev.weft.action;

import dev.weft.fabric.App;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.Zone;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// Turns a request into a [Plan] from live objects: reads what the request touches, computes
/// each write, runs the checks and the access reviews. Changes nothing. One use per plan.
final class Planner {
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  final Fabric fabric;
  final Clusters clusters;
  final ActionOptions options;
  final List<Check> checks = new ArrayList<>();
  final List<Plan.Work> work = new ArrayList<>();
  final Set<String> undoes = new LinkedHashSet<>();
  String operationId;
  Instant now;
  String user = "?";
  String reason = "";
  private Map<String, ZoneState> zones;

  Planner(Fabric fabric, Clusters clusters, ActionOptions options) {
    this.fabric = fabric;
    this.clusters = clusters;
    this.options = options;
  }

  Plan plan(ActionRequest request, String reason) {
    this.now = options.clock().instant();
    long started = System.nanoTime();
    this.reason = reason == null ? "" : reason;
    byte[] random = new byte[2];
    RANDOM.nextBytes(random);
    this.operationId = ID_TIME.format(now) + "-" + HexFormat.of().formatHex(random);
    try {
      user = clusters.gateway().user();
    } catch (ApiException e) {
      user = "?";
    }
    switch (request) {
      case ActionRequest.Drain d -> drain(d.zone(), d.toZone(), "drain");
      case ActionRequest.Reroute r -> reroute(r);
      case ActionRequest.Evacuate e -> evacuate(e.zone());
      case ActionRequest.Failback f -> new FailbackPlanner(this).failback(f.scope(), null);
      case ActionRequest.RollBack r -> {
        undoes.add(r.operationId());
        new FailbackPlanner(this)
            .failback(new FailbackScope.Operation(r.operationId()), r.operationId());
      }
      case ActionRequest.Finish f -> finish(f.operationId());
    }
    // Asked even when a check refuses: a forbidden action must say so, whatever else stops it.
    long reviews = System.nanoTime();
    List<Permission> permissions =
        work.isEmpty() && undoes.isEmpty() ? List.of() : AccessReviews.ask(clusters, asks());
    java.time.Duration permissionTime = java.time.Duration.ofNanos(System.nanoTime() - reviews);
    checks.sort(Comparator.comparingInt((Check c) -> -c.severity().ordinal()));
    return new Plan(
        operationId,
        request,
        fabric.name(),
        this.reason,
        user,
        now,
        checks,
        permissions,
        work,
        undoes,
        java.util.Map.of(
            Phase.PLAN,
            java.time.Duration.ofNanos(reviews - started),
            Phase.PERMISSION,
            permissionTime));
  }

  private List<AccessReviews.Ask> asks() {
    List<AccessReviews.Ask> asks = new ArrayList<>();
    for (Plan.Work w : work) {
      ObjectRef t = w.step().target();
      asks.add(new AccessReviews.Ask(t.cluster(), "update", t.kind(), t.namespace(), t.name()));
    }
    if (!work.isEmpty() || !undoes.isEmpty()) {
      String ns = fabric.gateway().namespace();
      asks.add(new AccessReviews.Ask(ObjectRef.GATEWAY, "create", "ConfigMap", ns, null));
    }
    return asks;
  }

  Map<String, ZoneState> zones() {
    if (zones == null) {
      zones = ZoneState.read(fabric, clusters);
    }
    return zones;
  }

  List<String> appNames() {
    return fabric.apps().stream().map(App::name).toList();
  }

  /// Reads an object; a failure becomes a refusal and `null`.
  ObjectNode read(String cluster, String path, String what) {
    try {
      return clusters.api(cluster).get(path);
    } catch (ApiException e) {
      checks.add(
          Check.refused(
              Check.Kind.FEASIBILITY,
              "cannot read " + what + " in " + cluster + ": " + e.describe()));
      return null;
    }
  }

  ObjectRef routeRef() {
    return new ObjectRef(
        ObjectRef.GATEWAY, "HTTPRoute", fabric.gateway().namespace(), fabric.gateway().route());
  }

  // ---- finish ----------------------------------------------------------------------------

  /// Plans again what the operation's record says it was, under its id: steps already in place
  /// answer "nothing to do" and are dropped, the others are planned from the live objects.
  private void finish(String id) {
    operationId = id;
    ActionRequest original;
    try {
      original = new OperationRecords(fabric, clusters).unfinished(id);
    } catch (ApiException e) {
      checks.add(
          Check.refused(
              Check.Kind.FEASIBILITY,
              "cannot read operation " + id + " in the gateway cluster: " + e.describe()));
      return;
    } catch (IllegalStateException e) {
      checks.add(Check.refused(Check.Kind.FEASIBILITY, e.getMessage()));
      return;
    }
    switch (original) {
      case ActionRequest.Drain d -> drain(d.zone(), d.toZone(), "drain");
      case ActionRequest.Reroute r -> reroute(r);
      case ActionRequest.Evacuate e -> evacuate(e.zone());
      default ->
          checks.add(
              Check.refused(
                  Check.Kind.FEASIBILITY,
                  "operation " + id + " (" + original.describe() + ") can only be rolled back"));
    }
    checks.removeIf(c -> c.kind() == Check.Kind.NOTHING_TO_DO);
  }

  // ---- drain ------------------------------------------------------------------------------

  void drain(String zone, String target, String kind) {
    if (fabric.zone(zone).isEmpty()) {
      checks.add(
          Check.refused(
              Check.Kind.FEASIBILITY, "no zone '" + zone + "' in fabric " + fabric.name()));
      return;
    }
    if (target != null && (fabric.zone(target).isEmpty() || target.equals(zone))) {
      checks.add(
          Check.refused(
              Check.Kind.FEASIBILITY,
              target.equals(zone)
                  ? "a zone cannot be drained onto itself"
                  : "no zone '" + target + "' in fabric " + fabric.name()));
      return;
    }
    ObjectRef ref = routeRef();
    ObjectNode route =
        read(ObjectRef.GATEWAY, Paths.route(ref.namespace(), ref.name()), "the gateway's route");
    if (route == null) {
      return;
    }
    Map<String, ZoneState> states = zones();
    Set<String> unreachable = new LinkedHashSet<>();
    Set<String> unavailable = new LinkedHashSet<>();
    states
        .values()
        .forEach(
            s -> {
              if (!s.reachable()) {
                unreachable.add(s.zone());
              }
              if (!s.healthyFor(appNames())) {
                unavailable.add(s.zone());
              }
            });
    if (target != null && unreachable.contains(target)) {
      checks.add(
          Check.refused(
              Check.Kind.TARGET_HEALTH,
              "target zone " + target + " is " + states.get(target).unhealthy(appNames())));
      return;
    }
    ArrayNode rules =
        route.path("spec").get("rules") instanceof ArrayNode a ? a : Jsons.NODES.arrayNode();
    DrainMath.Result result =
        DrainMath.drain(fabric, rules, zone, target, unreachable, unavailable);
    result.problems().forEach(p -> checks.add(Check.refused(Check.Kind.FEASIBILITY, p)));
    if (result.received().isEmpty()
        && !result.lastZone()
        && result.regionsLeft().isEmpty()
        && DrainMath.drainedZones(fabric, rules).contains(zone)) {
      checks.add(
          Check.refused(
              Check.Kind.NOTHING_TO_DO,
              zone + " takes no traffic at the gateway: already drained"));
      return;
    }
    for (String receiver : result.received().keySet()) {
      if (result.received().get(receiver) > 0 && !states.get(receiver).healthyFor(appNames())) {
        checks.add(
            Check.confirm(
                Check.Kind.TARGET_HEALTH,
                receiver
                    + " would take "
                    + zone
                    + "'s traffic but is not healthy: "
                    + states.get(receiver).unhealthy(appNames()),
                receiver));
      }
    }
    if (result.lastZone()) {
      checks.add(
          Check.confirm(
              Check.Kind.LAST_ZONE,
              "draining " + zone + " leaves no zone taking traffic: every user gets errors (500)",
              fabric.name()));
    }
    for (String region : result.regionsLeft()) {
      checks.add(
          Check.confirm(
              Check.Kind.LAST_ZONE,
              "region " + region + " has no healthy, not drained zone left: its users get errors",
              fabric.name()));
    }
    capacity(rules, result.rules(), states);
    checks.add(
        Check.note(
            Check.Kind.STICKY_SESSIONS,
            "weight 0 stops new sessions only: established sticky sessions stay on "
                + zone
                + " until they end"));
    ObjectNode after = route.deepCopy();
    ((ObjectNode) after.get("spec")).set("rules", result.rules());
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < result.rules().size(); i++) {
      JsonNode refs = result.rules().get(i).path("backendRefs");
      for (int j = 0; j < refs.size(); j++) {
        paths.add("/spec/rules/" + i + "/backendRefs/" + j + "/weight");
      }
    }
    ObjectNode entry = Ledger.entry(kind, zone, null, target, user, now, reason);
    List<FieldChange> changes = Ledger.record(route, after, operationId, entry, paths);
    String summary = "drain " + zone + (target == null ? "" : " onto " + target);
    work.add(
        new Plan.Work(
            new Step(ref, summary, changes, Jsons.string(route, "metadata", "resourceVersion")),
            route,
            after,
            List.of()));
  }

  private void capacity(ArrayNode before, ArrayNode after, Map<String, ZoneState> states) {
    int oldTotal = DrainMath.defaultTotal(fabric, before);
    int newTotal = DrainMath.defaultTotal(fabric, after);
    if (oldTotal == 0 || newTotal == 0) {
      return;
    }
    for (Zone z : fabric.zones()) {
      int oldW = defaultWeight(before, z), newW = defaultWeight(after, z);
      if (newW * (long) oldTotal <= oldW * (long) newTotal || !states.get(z.name()).reachable()) {
        continue;
      }
      for (App app : fabric.apps()) {
        int servingReady = 0;
        for (Zone other : fabric.zones()) {
          if (defaultWeight(before, other) > 0) {
            servingReady += states.get(other.name()).ready(app.name());
          }
        }
        int need = (int) Math.ceil((double) servingReady * newW / newTotal);
        int has = states.get(z.name()).ready(app.name());
        if (has < need) {
          checks.add(
              Check.warning(
                  Check.Kind.CAPACITY,
                  z.name()
                      + " has "
                      + has
                      + " ready "
                      + app.name()
                      + " pods; its new share ("
                      + Math.round(100.0 * newW / newTotal)
                      + " %) needs about "
                      + need));
        }
      }
    }
  }

  private int defaultWeight(ArrayNode rules, Zone z) {
    int total = 0;
    for (JsonNode rule : rules) {
      if (DrainMath.region(rule) == null) {
        for (JsonNode ref : rule.path("backendRefs")) {
          if (z.backend().equals(Jsons.string(ref, "name"))) {
            total += DrainMath.weight(ref);
          }
        }
      }
    }
    return total;
  }

  // ---- reroute -----------------------------------------------------------------------------

  private void reroute(ActionRequest.Reroute r) {
    App app = fabric.app(r.app()).orElse(null);
    if (app == null || fabric.zone(r.zone()).isEmpty() || fabric.zone(r.toZone()).isEmpty()) {
      checks.add(
          Check.refused(
              Check.Kind.FEASIBILITY,
              app == null
                  ? "no app '" + r.app() + "' in fabric " + fabric.name()
                  : "no zone '"
                      + (fabric.zone(r.zone()).isEmpty() ? r.zone() : r.toZone())
                      + "' in fabric "
                      + fabric.name()));
      return;
    }
    if (app.remoteAddress() == null) {
      checks.add(
          Check.refused(
              Check.Kind.FEASIBILITY,
              r.app()
                  + " has no remoteAddress in the fabric file: another zone cannot be reached for it"));
      return;
    }
    if (r.zone().equals(r.toZone())) {
      checks.add(Check.refused(Check.Kind.FEASIBILITY, "reroute to another zone than " + r.zone()));
      return;
    }
    Zone zone = fabric.zone(r.zone()).orElseThrow();
    ZoneState target = zones().get(r.toZone());
    if (!target.reachable()) {
      checks.add(
          Check.refused(
              Check.Kind.TARGET_HEALTH,
              "target zone " + r.toZone() + " is " + target.unhealthy(List.of(app.name()))));
      return;
    }
    if (!target.healthyFor(List.of(app.name()))) {
      checks.add(
          Check.confirm(
              Check.Kind.TARGET_HEALTH,
              app.name()
                  + "@"
                  + r.toZone()
                  + " is not healthy: "
                  + target.unhealthy(List.of(app.name())),
              r.toZone()));
    }
    ObjectNode service = readService(zone, app);
    if (service == null) {
      return;
    }
    if (gatewayBackend(zone, service)) {
      checks.add(
          Check.refused(
              Check.Kind.FEASIBILITY,
              "Service "
                  + Jsons.string(service, "metadata", "name")
                  + " in "
                  + zone.name()
                  + " is a backend of the gateway's route: Weft never converts it"));
      return;
    }
    String type = Jsons.string(service, "spec", "type");
    String address = app.remoteAddress().replace("{zone}", r.toZone());
    if ("ExternalName".equals(type)
        && address.equalsIgnoreCase(Jsons.string(service, "spec", "externalName"))) {
      checks.add(
          Check.refused(
              Check.Kind.NOTHING_TO_DO,
              app.name() + "@" + zone.name() + " already calls " + r.toZone()));
      return;
    }
    if (!type.isEmpty() && !type.equals("ClusterIP") && !type.equals("ExternalName")) {
      checks.add(
          Check.refused(
              Check.Kind.FEASIBILITY,
              "Service "
                  + app.name()
                  + " in "
                  + zone.name()
                  + " is of type "
                  + type
                  + "; Weft reroutes ClusterIP Services only"));
      return;
    }
    ZoneState home = zones().get(zone.name());
    int ownReady = home.ready(app.name());
    ZoneState.AppState there = target.apps().get(app.name());
    if (there != null && there.ready() < there.desired() + ownReady) {
      checks.add(
          Check.warning(
              Check.Kind.CAPACITY,
              app.name()
                  + "@"
                  + r.toZone()
                  + " has "
                  + there.ready()
                  + " ready pods for its own callers and "
                  + zone.name()
                  + "'s; together they had "
                  + (there.desired() + ownReady)));
    }
    ObjectNode after = service.deepCopy();
    ObjectNode spec = (ObjectNode) after.get("spec");
    spec.put("type", "ExternalName").put("externalName", address);
    for (String field :
        List.of(
            "clusterIP",
            "clusterIPs",
            "selector",
            "ipFamilies",
            "ipFamilyPolicy",
            "internalTrafficPolicy")) {
      spec.remove(field);
    }
    Jsons.set(after, Jsons.annotationPath(Ledger.REROUTED_TO), Jsons.NODES.stringNode(r.toZone()));
    ObjectNode entry =
        Ledger.entry("reroute", zone.name(), app.name(), r.toZone(), user, now, reason);
    List<FieldChange> changes = Ledger.record(service, after, operationId, entry, servicePaths());
    addServiceWork(
        zone, service, after, "reroute " + app.name() + " to " + r.toZone(), changes, List.of());
  }

  /// An ExternalName Service carries none of the fields of a ClusterIP one: the API server
  /// refuses `clusterIPs` on it (422), so whatever a restore brought back is dropped here.
  static void normalizeService(ObjectNode service) {
    if ("ExternalName".equals(Jsons.string(service, "spec", "type"))
        && service.get("spec") instanceof ObjectNode spec) {
      for (String field :
          List.of(
              "clusterIP", "clusterIPs", "ipFamilies", "ipFamilyPolicy", "internalTrafficPolicy")) {
        spec.remove(field);
      }
    }
  }

  static List<String> servicePaths() {
    List<String> paths = new ArrayList<>();
    for (String f :
        List.of(
            "type",
            "externalName",
            "clusterIP",
            "clusterIPs",
            "selector",
            "ipFamilies",
            "ipFamilyPolicy",
            "internalTrafficPolicy")) {
      paths.add("/spec/" + f);
    }
    paths.add(Jsons.annotationPath(Ledger.REROUTED_TO));
    return paths;
  }

  void addServiceWork(
      Zone zone,
      ObjectNode before,
      ObjectNode after,
      String summary,
      List<FieldChange> changes,
      List<String> undone) {
    ObjectRef ref =
        new ObjectRef(
            zone.name(), "Service", zone.namespace(), Jsons.string(before, "metadata", "name"));
    work.add(
        new Plan.Work(
            new Step(ref, summary, changes, Jsons.string(before, "metadata", "resourceVersion")),
            before,
            after,
            undone));
  }

  /// The dependency's Service in `zone`: named as the app, else as its Deployment.
  ObjectNode readService(Zone zone, App app) {
    KubeApi api;
    try {
      api = clusters.api(zone.name());
    } catch (ApiException e) {
      checks.add(
          Check.refused(
              Check.Kind.FEASIBILITY, "cannot reach " + zone.name() + ": " + e.describe()));
      return null;
    }
    for (String name : new LinkedHashSet<>(List.of(app.name(), app.deployment()))) {
      try {
        return api.get(Paths.service(zone.namespace(), name));
      } catch (ApiException e) {
        if (!e.notFound()) {
          checks.add(
              Check.refused(
                  Check.Kind.FEASIBILITY,
                  "cannot read Service " + name + " in " + zone.name() + ": " + e.describe()));
          return null;
        }
      }
    }
    checks.add(
        Check.refused(
            Check.Kind.FEASIBILITY,
            zone.name()
                + " has no Service named "
                + app.name()
                + " in namespace "
                + zone.namespace()
                + ": its calls cannot be rerouted"));
    return null;
  }

  /// Whether the gateway's route sends users to this very Service (the zone shares the
  /// gateway's cluster and namespace).
  private boolean gatewayBackend(Zone zone, ObjectNode service) {
    if (!zone.context().equals(fabric.gateway().context())) {
      return false;
    }
    ObjectRef ref = routeRef();
    ObjectNode route =
        read(ObjectRef.GATEWAY, Paths.route(ref.namespace(), ref.name()), "the gateway's route");
    if (route == null) {
      return true;
    }
    String name = Jsons.string(service, "metadata", "name");
    for (JsonNode rule : route.path("spec").path("rules")) {
      for (JsonNode backend : rule.path("backendRefs")) {
        String ns = Jsons.string(backend, "namespace");
        if (name.equals(Jsons.string(backend, "name"))
            && (ns.isEmpty() ? ref.namespace() : ns).equals(zone.namespace())) {
          return true;
        }
      }
    }
    return false;
  }

  // ---- evacuate ----------------------------------------------------------------------------

  private void evacuate(String zoneName) {
    drain(zoneName, null, "evacuate");
    if (checks.stream().anyMatch(c -> c.kind() == Check.Kind.NOTHING_TO_DO)) {
      checks.removeIf(c -> c.kind() == Check.Kind.NOTHING_TO_DO);
    }
    if (checks.stream().anyMatch(c -> c.severity() == Check.Severity.REFUSED)) {
      return;
    }
    for (Zone other : fabric.zones()) {
      if (other.name().equals(zoneName)) {
        continue;
      }
      for (App app : fabric.apps()) {
        if (app.remoteAddress() == null) {
          continue;
        }
        if (!zones().get(other.name()).reachable()) {
          checks.add(
              Check.warning(
                  Check.Kind.FEASIBILITY,
                  other.name()
                      + " is unreachable: its reroutes into "
                      + zoneName
                      + " cannot be checked"));
          break;
        }
        moveHome(other, app, zoneName);
      }
    }
  }

  private void moveHome(Zone zone, App app, String evacuated) {
    ObjectNode service;
    try {
      service = clusters.api(zone.name()).get(Paths.service(zone.namespace(), app.name()));
    } catch (ApiException e) {
      return;
    }
    String address = app.remoteAddress().replace("{zone}", evacuated);
    boolean into =
        evacuated.equals(Jsons.string(service, "metadata", "annotations", Ledger.REROUTED_TO))
            || ("ExternalName".equals(Jsons.string(service, "spec", "type"))
                && address.equalsIgnoreCase(Jsons.string(service, "spec", "externalName")));
    if (!into) {
      return;
    }
    var entries = Ledger.entries(service);
    List<String> ids =
        entries.entrySet().stream()
            .filter(
                e ->
                    "reroute".equals(Jsons.string(e.getValue(), "kind"))
                        && evacuated.equals(Jsons.string(e.getValue(), "target")))
            .map(Map.Entry::getKey)
            .toList();
    if (ids.isEmpty()) {
      checks.add(
          Check.warning(
              Check.Kind.FEASIBILITY,
              app.name()
                  + "@"
                  + zone.name()
                  + " calls "
                  + evacuated
                  + " but not by Weft's hand: Weft does not know its fields before, and leaves it"));
      return;
    }
    ObjectNode next = service;
    ObjectNode restores = Jsons.object();
    for (String id : ids.reversed()) {
      restores.set(id, entries.get(id));
      next = Ledger.undo(next, id).object();
    }
    normalizeService(next);
    ZoneState home = zones().get(zone.name());
    if (!home.healthyFor(List.of(app.name()))) {
      checks.add(
          Check.warning(
              Check.Kind.TARGET_HEALTH,
              app.name()
                  + "@"
                  + zone.name()
                  + " takes its own calls again but is not healthy: "
                  + home.unhealthy(List.of(app.name()))));
    }
    ObjectNode entry =
        Ledger.entry("evacuate", evacuated, app.name(), zone.name(), user, now, reason);
    entry.set("restores", restores);
    List<FieldChange> changes = Ledger.record(service, next, operationId, entry, servicePaths());
    addServiceWork(
        zone,
        service,
        next,
        "move " + app.name() + " calls home from " + evacuated,
        changes,
        List.of());
  }
}
