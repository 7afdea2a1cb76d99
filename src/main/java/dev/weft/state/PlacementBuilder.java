package dev.weft.state;

import dev.weft.cluster.DeploymentInfo;
import dev.weft.cluster.EventInfo;
import dev.weft.fabric.App;
import dev.weft.fabric.Fabric;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import java.util.TreeMap;

/// Builds a zone's immutable snapshot from its [ZoneModel], reusing the placements that did
/// not change. Runs on the applier thread.
final class PlacementBuilder {
  private static final int MAX_WARNINGS_PER_PLACEMENT = 20;

  private final Fabric fabric;
  private final ZoneModel model;

  PlacementBuilder(Fabric fabric, ZoneModel model) {
    this.fabric = fabric;
    this.model = model;
  }

  ZoneSnapshot zone(Instant at, ZoneSnapshot previous, boolean all, Set<String> dirtyOwners) {
    boolean live = model.link.live();
    Map<String, List<WarningEvent>> warnings = all || previous == null ? warningsByApp(at) : null;
    SequencedMap<String, PlacementSnapshot> base = new LinkedHashMap<>();
    for (App app : fabric.apps()) {
      PlacementSnapshot old = previous == null ? null : previous.placements().get(app.name());
      if (old != null && !all && !dirtyOwners.contains(app.deployment())) {
        base.put(app.name(), old);
        continue;
      }
      if (warnings == null) {
        warnings = warningsByApp(at);
      }
      base.put(app.name(), placement(app, at, live, warnings.getOrDefault(app.name(), List.of())));
    }
    SequencedMap<String, PlacementSnapshot> placements = new LinkedHashMap<>();
    for (App app : fabric.apps()) {
      placements.put(app.name(), withReroutes(app, base.get(app.name())));
    }
    Health health =
        HealthRules.zone(
            live, placements.values().stream().map(PlacementSnapshot::health).toList());
    return new ZoneSnapshot(
        model.zone.name(),
        model.link.state(),
        health,
        Collections.unmodifiableSequencedMap(placements));
  }

  /// The zone as the skipped snapshots would have left it: each placement built from today's
  /// model at the instant it was last rebuilt (its owner unchanged since, so only that instant's
  /// windows of restarts and warnings differ), with the connection of the zone's last rebuild.
  ZoneSnapshot zone(Instant allAt, Map<String, Instant> ownerAt, ConnectionState connection) {
    boolean live = model.link.live();
    Map<Instant, Map<String, List<WarningEvent>>> warnings = new HashMap<>();
    SequencedMap<String, PlacementSnapshot> placements = new LinkedHashMap<>();
    for (App app : fabric.apps()) {
      Instant at = ownerAt.getOrDefault(app.deployment(), allAt);
      var warns = warnings.computeIfAbsent(at, this::warningsByApp);
      PlacementSnapshot p = placement(app, at, live, warns.getOrDefault(app.name(), List.of()));
      placements.put(app.name(), withReroutes(app, p));
    }
    Health health =
        HealthRules.zone(
            live, placements.values().stream().map(PlacementSnapshot::health).toList());
    return new ZoneSnapshot(
        model.zone.name(), connection, health, Collections.unmodifiableSequencedMap(placements));
  }

  private PlacementSnapshot placement(App app, Instant at, boolean live, List<WarningEvent> warns) {
    DeploymentInfo d = model.deployments.get(app.deployment());
    TreeMap<String, PodState> owned = model.pods.getOrDefault(app.deployment(), new TreeMap<>());
    Map<String, String> lastWarning = new HashMap<>();
    for (WarningEvent w : warns.reversed()) {
      if (w.object().startsWith("Pod/")) {
        lastWarning.put(w.object().substring(4), w.reason() + ": " + w.message());
      }
    }
    Instant windowStart = at.minus(PodState.RESTART_WINDOW);
    List<PodSnapshot> pods = new ArrayList<>(owned.size());
    Map<String, Integer> versionCounts = new HashMap<>();
    int restarts = 0;
    boolean crashLooping = false;
    for (PodState pod : owned.values()) {
      pods.add(pod.snapshot(lastWarning.get(pod.info.name())));
      versionCounts.merge(pod.info.version(), 1, Integer::sum);
      restarts += pod.restartsSince(windowStart);
      crashLooping |= "CrashLoopBackOff".equals(pod.info.waitingReason());
    }
    SequencedMap<String, Integer> versions = new LinkedHashMap<>();
    versionCounts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> versions.put(e.getKey(), e.getValue()));
    List<ConditionSnapshot> conditions =
        d == null ? List.of() : d.conditions().stream().map(PlacementBuilder::condition).toList();
    boolean progressFailed =
        conditions.stream()
            .anyMatch(c -> "Progressing".equals(c.type()) && "False".equals(c.status()));
    int desired = d == null ? 0 : d.desired();
    int ready = d == null ? 0 : d.ready();
    Health health =
        HealthRules.placement(
            new HealthRules.PlacementFacts(
                live, d != null, desired, ready, crashLooping, restarts, progressFailed));
    return new PlacementSnapshot(
        app.name(),
        model.zone.name(),
        desired,
        ready,
        d == null ? 0 : d.available(),
        d == null ? 0 : d.updated(),
        Collections.unmodifiableSequencedMap(versions),
        restarts,
        pods,
        conditions,
        warns,
        health,
        false,
        new LinkedHashMap<>());
  }

  /// The zone's own view of where each dependency's calls go; risk needs every zone and is
  /// added by [Risk].
  private PlacementSnapshot withReroutes(App app, PlacementSnapshot p) {
    SequencedMap<String, String> reroutes = new LinkedHashMap<>();
    for (String dependency : app.dependsOn()) {
      Reroutes.target(fabric, model.zone, dependency, model.services)
          .ifPresent(zone -> reroutes.put(dependency, zone));
    }
    return p.withRisk(false, reroutes);
  }

  /// Recent warnings per app, newest first; an event belongs to the app whose Deployment name
  /// its object's name is, or starts with (`app2-7d9f-abcde` → app2).
  private Map<String, List<WarningEvent>> warningsByApp(Instant at) {
    Instant from = at.minus(ZoneModel.WARNING_WINDOW);
    Map<String, List<WarningEvent>> byApp = new HashMap<>();
    for (EventInfo e : model.warnings.sequencedValues().reversed()) {
      if (e.at() != null && e.at().isBefore(from)) {
        continue;
      }
      App app = appOf(e.objectName());
      if (app == null) {
        continue;
      }
      List<WarningEvent> list = byApp.computeIfAbsent(app.name(), a -> new ArrayList<>());
      if (list.size() < MAX_WARNINGS_PER_PLACEMENT) {
        list.add(
            new WarningEvent(
                e.at(),
                model.zone.name(),
                app.name(),
                e.kind() + "/" + e.objectName(),
                e.reason(),
                e.message(),
                e.count()));
      }
    }
    return byApp;
  }

  private App appOf(String objectName) {
    if (objectName == null) {
      return null;
    }
    App best = null;
    for (App app : fabric.apps()) {
      String d = app.deployment();
      if ((objectName.equals(d) || objectName.startsWith(d + "-"))
          && (best == null || d.length() > best.deployment().length())) {
        best = app;
      }
    }
    return best;
  }

  private static ConditionSnapshot condition(DeploymentInfo.Condition c) {
    Instant at = null;
    if (c.lastTransition() != null) {
      try {
        at = Instant.parse(c.lastTransition());
      } catch (DateTimeParseException e) {
        at = null;
      }
    }
    return new ConditionSnapshot(c.type(), c.status(), c.reason(), c.message(), at);
  }
}
