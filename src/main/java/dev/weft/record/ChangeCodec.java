package dev.weft.record;

import dev.weft.cluster.ClusterChange;
import dev.weft.cluster.LinkPhase;
import dev.weft.cluster.ObjectKind;
import dev.weft.state.Health;
import dev.weft.state.ModelState;
import dev.weft.state.Transition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/// Writes and reads the applied batches of one delta block: per batch the model's version and
/// instant after it, then its changes, each a type byte and its fields. Stateless.
final class ChangeCodec {
  private ChangeCodec() {}

  /// One applied batch as recorded: the snapshot after it had `version` and `at`, and added
  /// `derived` to the transition history.
  record Batch(long version, Instant at, List<ClusterChange> changes, ModelState.Derived derived) {}

  static byte[] encode(List<Batch> batches) {
    WireOut w = new WireOut(batches.getFirst().at().getEpochSecond());
    w.varlong(batches.size());
    long version = 0;
    for (Batch b : batches) {
      w.signed(b.version() - version);
      version = b.version();
      w.instant(b.at());
      w.varlong(b.changes().size());
      b.changes().forEach(c -> change(w, c));
      derived(w, b.derived());
    }
    return w.finish();
  }

  static List<Batch> decode(byte[] blob) {
    WireIn r = new WireIn(blob);
    int n = r.varint();
    List<Batch> out = new ArrayList<>(n);
    long version = 0;
    for (int i = 0; i < n; i++) {
      version += r.signed();
      Instant at = r.instant();
      int count = r.varint();
      List<ClusterChange> changes = new ArrayList<>(count);
      for (int j = 0; j < count; j++) {
        changes.add(change(r));
      }
      out.add(new Batch(version, at, changes, derived(r)));
    }
    return out;
  }

  /// Almost always empty: three zero bytes.
  private static void derived(WireOut w, ModelState.Derived d) {
    w.varlong(d.added().size());
    d.added().forEach(t -> TransitionCodec.write(w, t));
    w.varlong(d.known().size());
    new TreeMap<>(d.known())
        .forEach(
            (k, v) -> {
              w.string(k);
              w.varlong(v.ordinal());
            });
    w.varlong(d.gatewayKnown() == null ? 0 : d.gatewayKnown().ordinal() + 1);
  }

  private static ModelState.Derived derived(WireIn r) {
    int n = r.varint();
    List<Transition> added = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      added.add(TransitionCodec.read(r));
    }
    Map<String, Health> known = new java.util.HashMap<>();
    for (int i = r.varint(); i > 0; i--) {
      known.put(r.string(), Enums.of(Health.class, r.varint()));
    }
    int gateway = r.varint();
    if (n == 0 && known.isEmpty() && gateway == 0) {
      return ModelState.Derived.NONE;
    }
    Health gatewayKnown = gateway == 0 ? null : Enums.of(Health.class, gateway - 1);
    return new ModelState.Derived(added, known, gatewayKnown);
  }

  private static void change(WireOut w, ClusterChange c) {
    int type =
        switch (c) {
          case ClusterChange.PodUpserted x -> 0;
          case ClusterChange.PodDeleted x -> 1;
          case ClusterChange.DeploymentUpserted x -> 2;
          case ClusterChange.DeploymentDeleted x -> 3;
          case ClusterChange.ServiceUpserted x -> 4;
          case ClusterChange.ServiceDeleted x -> 5;
          case ClusterChange.EventSeen x -> 6;
          case ClusterChange.RouteChanged x -> 7;
          case ClusterChange.ObjectUnreadable x -> 8;
          case ClusterChange.LinkChanged x -> 9;
          case ClusterChange.ClockTicked x -> 10;
          case ClusterChange.Resynced x -> 11;
        };
    w.varlong(type);
    if (c instanceof ClusterChange.ObjectUnreadable u) {
      InfoCodec.unreadable(w, u);
      return;
    }
    w.string(c.source());
    w.instant(c.at());
    switch (c) {
      case ClusterChange.PodUpserted x -> InfoCodec.pod(w, x.pod());
      case ClusterChange.PodDeleted x -> w.string(x.name());
      case ClusterChange.DeploymentUpserted x -> InfoCodec.deployment(w, x.deployment());
      case ClusterChange.DeploymentDeleted x -> w.string(x.name());
      case ClusterChange.ServiceUpserted x -> InfoCodec.service(w, x.service());
      case ClusterChange.ServiceDeleted x -> w.string(x.name());
      case ClusterChange.EventSeen x -> InfoCodec.event(w, x.event());
      case ClusterChange.RouteChanged x -> InfoCodec.route(w, x.route());
      case ClusterChange.LinkChanged x -> {
        w.varlong(x.phase().ordinal());
        w.string(x.reason());
        w.duration(x.latency());
      }
      case ClusterChange.Resynced x -> {
        w.varlong(x.names().size());
        // Sorted, so that equal sets write equal bytes (the deflater then finds repeats).
        for (var e : new java.util.TreeMap<>(x.names()).entrySet()) {
          w.varlong(e.getKey().ordinal());
          w.varlong(e.getValue().size());
          new TreeSet<>(e.getValue()).forEach(w::string);
        }
      }
      case ClusterChange.ObjectUnreadable x -> {}
      case ClusterChange.ClockTicked x -> {}
    }
  }

  private static ClusterChange change(WireIn r) {
    int type = r.varint();
    if (type == 8) {
      return InfoCodec.unreadable(r);
    }
    String source = r.string();
    Instant at = r.instant();
    return switch (type) {
      case 0 -> new ClusterChange.PodUpserted(source, at, InfoCodec.pod(r));
      case 1 -> new ClusterChange.PodDeleted(source, at, r.string());
      case 2 -> new ClusterChange.DeploymentUpserted(source, at, InfoCodec.deployment(r));
      case 3 -> new ClusterChange.DeploymentDeleted(source, at, r.string());
      case 4 -> new ClusterChange.ServiceUpserted(source, at, InfoCodec.service(r));
      case 5 -> new ClusterChange.ServiceDeleted(source, at, r.string());
      case 6 -> new ClusterChange.EventSeen(source, at, InfoCodec.event(r));
      case 7 -> new ClusterChange.RouteChanged(source, at, InfoCodec.route(r));
      case 9 ->
          new ClusterChange.LinkChanged(
              source, at, Enums.of(LinkPhase.class, r.varint()), r.string(), r.duration());
      case 10 -> new ClusterChange.ClockTicked(source, at);
      case 11 -> {
        Map<ObjectKind, Set<String>> names = new EnumMap<>(ObjectKind.class);
        for (int i = r.varint(); i > 0; i--) {
          ObjectKind kind = InfoCodec.kind(r.varint());
          Set<String> set = new java.util.HashSet<>();
          for (int j = r.varint(); j > 0; j--) {
            set.add(r.string());
          }
          names.put(kind, set);
        }
        yield new ClusterChange.Resynced(source, at, names);
      }
      default -> throw new CorruptRecordingException("a recorded change has unknown type " + type);
    };
  }
}
