package dev.weft.record;

import dev.weft.cluster.ClusterChange.ObjectUnreadable;
import dev.weft.cluster.DeploymentInfo;
import dev.weft.cluster.EventInfo;
import dev.weft.cluster.ServiceInfo;
import dev.weft.state.ConnectionPhase;
import dev.weft.state.Health;
import dev.weft.state.ModelState;
import dev.weft.state.Transition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/// Writes and reads a keyframe: the model's whole [ModelState]. Stateless.
final class StateCodec {
  private StateCodec() {}

  static byte[] encode(ModelState s) {
    WireOut w = new WireOut(s.at().getEpochSecond());
    w.varlong(s.version());
    w.instant(s.at());
    w.varlong(s.zones().size());
    for (ModelState.Zone z : s.zones()) {
      w.string(z.name());
      link(w, z.link());
      w.varlong(z.owners().size());
      for (var e : new TreeMap<>(z.owners()).entrySet()) {
        w.string(e.getKey());
        w.varlong(e.getValue().size());
        for (ModelState.Pod p : e.getValue()) {
          InfoCodec.pod(w, p.info());
          w.varlong(p.restartTimes().size());
          p.restartTimes().forEach(w::instant);
        }
      }
      w.varlong(z.deployments().size());
      z.deployments().forEach(d -> InfoCodec.deployment(w, d));
      w.varlong(z.services().size());
      z.services().forEach(x -> InfoCodec.service(w, x));
      w.varlong(z.warnings().size());
      z.warnings().forEach(x -> InfoCodec.event(w, x));
    }
    link(w, s.gateway());
    InfoCodec.route(w, s.route());
    w.bool(s.routeListed());
    history(w, s.history());
    // Added after schema 2's first files: at the end, so that a keyframe without it still
    // reads (its links' loss times unknown) and an older Weft reads this one, ignoring them.
    s.zones().forEach(z -> w.instant(z.link().lostAt()));
    w.instant(s.gateway().lostAt());
    return w.finish();
  }

  static ModelState decode(byte[] blob) {
    WireIn r = new WireIn(blob);
    long version = r.varlong();
    Instant at = r.instant();
    List<ModelState.Zone> zones = new ArrayList<>();
    for (int i = r.varint(); i > 0; i--) {
      String name = r.string();
      ModelState.Link link = link(r);
      Map<String, List<ModelState.Pod>> owners = new HashMap<>();
      for (int j = r.varint(); j > 0; j--) {
        String owner = r.string();
        List<ModelState.Pod> pods = new ArrayList<>();
        for (int k = r.varint(); k > 0; k--) {
          var info = InfoCodec.pod(r);
          List<Instant> restarts = new ArrayList<>();
          for (int m = r.varint(); m > 0; m--) {
            restarts.add(r.instant());
          }
          pods.add(new ModelState.Pod(info, restarts));
        }
        owners.put(owner, pods);
      }
      List<DeploymentInfo> deployments = new ArrayList<>();
      for (int j = r.varint(); j > 0; j--) {
        deployments.add(InfoCodec.deployment(r));
      }
      List<ServiceInfo> services = new ArrayList<>();
      for (int j = r.varint(); j > 0; j--) {
        services.add(InfoCodec.service(r));
      }
      List<EventInfo> warnings = new ArrayList<>();
      for (int j = r.varint(); j > 0; j--) {
        warnings.add(InfoCodec.event(r));
      }
      zones.add(new ModelState.Zone(name, link, owners, deployments, services, warnings));
    }
    ModelState.Link gateway = link(r);
    var route = InfoCodec.route(r);
    boolean listed = r.bool();
    ModelState.History history = history(r);
    if (r.more()) {
      zones.replaceAll(
          z ->
              new ModelState.Zone(
                  z.name(),
                  z.link().lostAt(r.instant()),
                  z.owners(),
                  z.deployments(),
                  z.services(),
                  z.warnings()));
      gateway = gateway.lostAt(r.instant());
    }
    return new ModelState(version, at, zones, gateway, route, listed, history);
  }

  private static void link(WireOut w, ModelState.Link l) {
    w.varlong(l.phase().ordinal());
    w.string(l.reason());
    w.instant(l.since());
    w.instant(l.lastEventAt());
    w.duration(l.latency());
    w.bool(l.everLive());
    w.varlong(l.unreadable().size());
    l.unreadable().forEach(u -> InfoCodec.unreadable(w, u));
  }

  private static ModelState.Link link(WireIn r) {
    ConnectionPhase phase = Enums.of(ConnectionPhase.class, r.varint());
    String reason = r.string();
    Instant since = r.instant();
    Instant last = r.instant();
    var latency = r.duration();
    boolean everLive = r.bool();
    List<ObjectUnreadable> odd = new ArrayList<>();
    for (int i = r.varint(); i > 0; i--) {
      odd.add(InfoCodec.unreadable(r));
    }
    return new ModelState.Link(phase, reason, since, last, latency, everLive, odd, null);
  }

  private static void history(WireOut w, ModelState.History h) {
    w.varlong(h.seq());
    w.varlong(h.recent().size());
    h.recent().forEach(t -> TransitionCodec.write(w, t));
    w.varlong(h.lastKnown().size());
    new TreeMap<>(h.lastKnown())
        .forEach(
            (k, v) -> {
              w.string(k);
              w.varlong(v.ordinal());
            });
    w.varlong(h.troubled().size());
    new TreeMap<>(h.troubled())
        .forEach(
            (k, v) -> {
              w.string(k);
              w.varlong(v.ordinal());
            });
    w.bool(h.gatewayKnown() != null);
    if (h.gatewayKnown() != null) {
      w.varlong(h.gatewayKnown().ordinal());
    }
  }

  private static ModelState.History history(WireIn r) {
    long seq = r.varlong();
    List<Transition> recent = new ArrayList<>();
    for (int i = r.varint(); i > 0; i--) {
      recent.add(TransitionCodec.read(r));
    }
    Map<String, Health> lastKnown = new HashMap<>();
    for (int i = r.varint(); i > 0; i--) {
      lastKnown.put(r.string(), Enums.of(Health.class, r.varint()));
    }
    Map<String, ConnectionPhase> troubled = new HashMap<>();
    for (int i = r.varint(); i > 0; i--) {
      troubled.put(r.string(), Enums.of(ConnectionPhase.class, r.varint()));
    }
    Health gatewayKnown = r.bool() ? Enums.of(Health.class, r.varint()) : null;
    return new ModelState.History(seq, recent, lastKnown, troubled, gatewayKnown);
  }
}
