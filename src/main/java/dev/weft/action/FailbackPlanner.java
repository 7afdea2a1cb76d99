package dev.weft.action;

import dev.weft.fabric.App;
import dev.weft.fabric.Zone;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// Plans a failback: finds the operations in force that the scope names, on the gateway's
/// route and every zone's Services, and plans one write per object that undoes them (newest
/// first). A field someone changed since is shown and must be confirmed by typing the object's
/// name. Part of [Planner].
final class FailbackPlanner {
  private final Planner p;

  FailbackPlanner(Planner planner) {
    this.p = planner;
  }

  /// @param rollBack the incomplete operation being rolled back, or `null`
  void failback(FailbackScope scope, String rollBack) {
    List<Found> found = new ArrayList<>();
    ObjectRef routeRef = p.routeRef();
    ObjectNode route =
        p.read(
            ObjectRef.GATEWAY,
            Paths.route(routeRef.namespace(), routeRef.name()),
            "the gateway's route");
    if (route == null) {
      return;
    }
    found.add(new Found(routeRef, null, route));
    for (Zone zone : p.fabric.zones()) {
      KubeApi api;
      ObjectNode list;
      try {
        api = p.clusters.api(zone.name());
        list = api.get(Paths.services(zone.namespace()));
      } catch (ApiException e) {
        p.checks.add(
            Check.warning(
                Check.Kind.FEASIBILITY,
                zone.name()
                    + " cannot be read ("
                    + e.describe()
                    + "): failovers recorded there are left for later"));
        continue;
      }
      for (JsonNode s : list.path("items")) {
        if (!Ledger.entries(s).isEmpty()) {
          ObjectNode service = (ObjectNode) s;
          found.add(
              new Found(
                  new ObjectRef(
                      zone.name(),
                      "Service",
                      zone.namespace(),
                      Jsons.string(service, "metadata", "name")),
                  zone,
                  service));
        }
      }
    }
    Set<String> ids = select(scope, found);
    if (rollBack != null) {
      ids.add(rollBack);
    }
    p.undoes.addAll(ids);
    for (Found f : found) {
      List<String> mine = Ledger.entries(f.object).keySet().stream().filter(ids::contains).toList();
      if (mine.isEmpty()) {
        continue;
      }
      ObjectNode next = f.object;
      List<String> drift = new ArrayList<>();
      Set<String> paths = new LinkedHashSet<>();
      for (String id : mine.reversed()) {
        Ledger.Undo undo = Ledger.undo(next, id);
        drift.addAll(undo.drift());
        undo.changes().forEach(c -> paths.add(c.path()));
        next = undo.object();
      }
      if (f.zone != null) {
        Planner.normalizeService(next);
        paths.addAll(Planner.servicePaths());
      }
      List<FieldChange> changes = new ArrayList<>();
      for (String path : paths) {
        JsonNode was = Jsons.at(f.object, path);
        JsonNode now = Jsons.at(next, path);
        if (!Jsons.same(was, now)) {
          changes.add(Ledger.fieldChange(f.object, path, was, now));
        }
      }
      if (!drift.isEmpty()) {
        p.checks.add(
            Check.confirm(
                Check.Kind.CHANGED_SINCE,
                f.ref.describe()
                    + " changed since the failover ("
                    + String.join("; ", drift)
                    + "); failing back overwrites that",
                f.ref.name()));
      }
      String summary = "fail back " + String.join(", ", mine);
      if (f.zone == null) {
        p.work.add(
            new Plan.Work(
                new Step(
                    f.ref, summary, changes, Jsons.string(f.object, "metadata", "resourceVersion")),
                f.object,
                next,
                mine));
      } else {
        p.addServiceWork(f.zone, f.object, next, summary, changes, mine);
      }
    }
    if (p.work.isEmpty() && rollBack == null) {
      p.checks.add(
          Check.refused(Check.Kind.NOTHING_TO_DO, "no failover in force for " + scope.describe()));
    }
  }

  private record Found(ObjectRef ref, Zone zone, ObjectNode object) {}

  private Set<String> select(FailbackScope scope, List<Found> found) {
    Set<String> ids = new LinkedHashSet<>();
    for (Found f : found) {
      for (Map.Entry<String, ObjectNode> e : Ledger.entries(f.object).entrySet()) {
        ObjectNode entry = e.getValue();
        String kind = Jsons.string(entry, "kind");
        boolean match =
            switch (scope) {
              case FailbackScope.All a -> true;
              case FailbackScope.Operation o -> o.operationId().equals(e.getKey());
              case FailbackScope.Zone z ->
                  f.zone == null
                      && z.zone().equals(Jsons.string(entry, "zone"))
                      && (kind.equals("drain") || kind.equals("evacuate"));
              case FailbackScope.Placement pl ->
                  f.zone != null
                      && f.zone.name().equals(pl.zone())
                      && kind.equals("reroute")
                      && (pl.app().equals(Jsons.string(entry, "app")) || appOwns(pl.app(), f));
            };
        if (match) {
          ids.add(e.getKey());
        }
      }
    }
    return ids;
  }

  private boolean appOwns(String appName, Found f) {
    App app = p.fabric.app(appName).orElse(null);
    return app != null
        && (app.name().equals(f.ref.name()) || app.deployment().equals(f.ref.name()));
  }
}
