package dev.weft.record;

import dev.weft.cluster.ClusterChange.ObjectUnreadable;
import dev.weft.cluster.DeploymentInfo;
import dev.weft.cluster.EventInfo;
import dev.weft.cluster.ObjectKind;
import dev.weft.cluster.PodInfo;
import dev.weft.cluster.RouteInfo;
import dev.weft.cluster.ServiceInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Writes and reads the small records a change or a keyframe holds: pods, deployments,
/// services, warnings, the route. Field order is the schema: change it only with a new
/// [Schema#VERSION]. Stateless.
final class InfoCodec {
  private InfoCodec() {}

  static void pod(WireOut w, PodInfo p) {
    w.string(p.name());
    w.string(p.owner());
    w.string(p.phase());
    w.bool(p.ready());
    w.signed(p.restarts());
    w.string(p.waitingReason());
    w.instant(p.createdAt());
    w.string(p.node());
    w.string(p.version());
    w.instant(p.lastRestartAt());
    w.string(p.status());
    w.string(p.lastTermination());
  }

  static PodInfo pod(WireIn r) {
    return new PodInfo(
        r.string(),
        r.string(),
        r.string(),
        r.bool(),
        (int) r.signed(),
        r.string(),
        r.instant(),
        r.string(),
        r.string(),
        r.instant(),
        r.string(),
        r.string());
  }

  static void deployment(WireOut w, DeploymentInfo d) {
    w.string(d.name());
    w.signed(d.desired());
    w.signed(d.ready());
    w.signed(d.available());
    w.signed(d.updated());
    w.varlong(d.conditions().size());
    for (DeploymentInfo.Condition c : d.conditions()) {
      w.string(c.type());
      w.string(c.status());
      w.string(c.reason());
      w.string(c.message());
      w.string(c.lastTransition());
    }
  }

  static DeploymentInfo deployment(WireIn r) {
    String name = r.string();
    int desired = (int) r.signed();
    int ready = (int) r.signed();
    int available = (int) r.signed();
    int updated = (int) r.signed();
    int n = r.varint();
    List<DeploymentInfo.Condition> conditions = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      conditions.add(
          new DeploymentInfo.Condition(r.string(), r.string(), r.string(), r.string(), r.string()));
    }
    return new DeploymentInfo(name, desired, ready, available, updated, conditions);
  }

  static void service(WireOut w, ServiceInfo s) {
    w.string(s.name());
    w.string(s.externalName());
    w.string(s.reroutedTo());
  }

  static ServiceInfo service(WireIn r) {
    return new ServiceInfo(r.string(), r.string(), r.string());
  }

  static void event(WireOut w, EventInfo e) {
    w.string(e.name());
    w.instant(e.at());
    w.string(e.kind());
    w.string(e.objectName());
    w.string(e.reason());
    w.string(e.message());
    w.signed(e.count());
  }

  static EventInfo event(WireIn r) {
    return new EventInfo(
        r.string(), r.instant(), r.string(), r.string(), r.string(), r.string(), (int) r.signed());
  }

  /// A route, or null.
  static void route(WireOut w, RouteInfo route) {
    w.bool(route != null);
    if (route == null) {
      return;
    }
    w.varlong(route.weights().size());
    route
        .weights()
        .forEach(
            (k, v) -> {
              w.string(k);
              w.signed(v);
            });
    w.varlong(route.regionBackends().size());
    route
        .regionBackends()
        .forEach(
            (k, v) -> {
              w.string(k);
              w.varlong(v.size());
              v.forEach(w::string);
            });
  }

  static RouteInfo route(WireIn r) {
    if (!r.bool()) {
      return null;
    }
    Map<String, Integer> weights = new LinkedHashMap<>();
    for (int i = r.varint(); i > 0; i--) {
      weights.put(r.string(), (int) r.signed());
    }
    Map<String, List<String>> regions = new LinkedHashMap<>();
    for (int i = r.varint(); i > 0; i--) {
      String region = r.string();
      List<String> backends = new ArrayList<>();
      for (int j = r.varint(); j > 0; j--) {
        backends.add(r.string());
      }
      regions.put(region, backends);
    }
    return new RouteInfo(weights, regions);
  }

  static void unreadable(WireOut w, ObjectUnreadable u) {
    w.string(u.source());
    w.instant(u.at());
    w.varlong(u.kind().ordinal());
    w.string(u.name());
    w.string(u.typeName());
    w.string(u.field());
  }

  static ObjectUnreadable unreadable(WireIn r) {
    return new ObjectUnreadable(
        r.string(), r.instant(), kind(r.varint()), r.string(), r.string(), r.string());
  }

  static ObjectKind kind(int ordinal) {
    return Enums.of(ObjectKind.class, ordinal);
  }
}
