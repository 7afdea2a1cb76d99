package dev.weft.state;

import dev.weft.cluster.ClusterChange;
import dev.weft.cluster.ClusterChange.LinkChanged;
import dev.weft.cluster.ClusterChange.ObjectUnreadable;
import dev.weft.cluster.LinkPhase;
import dev.weft.cluster.ObjectKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/// The model's view of one connection. Mutable; owned by the applier thread.
final class LinkModel {
  /// Told of every phase change, with the reason of the new phase.
  interface PhaseListener {
    void changed(java.time.Instant at, ConnectionPhase from, ConnectionPhase to, String reason);
  }

  private final PhaseListener listener;
  private ConnectionPhase phase = ConnectionPhase.CONNECTING;
  private String reason = "";
  private Instant since;
  private Instant lastEventAt;
  private Duration latency;
  private boolean everLive;
  /// When the link last stopped being live; null while it is. A zone whose API server answers
  /// the probe but not the lists goes stale, reconnects (syncing), and goes stale again: its
  /// stale time counts from here, not from each failed reconnect ("lost 0 s ago" after three
  /// minutes without news, and never the 30 s of staleness a drain is suggested after).
  private Instant lostAt;
  private ConnectionState cached;
  /// Objects the server sent that Weft could not read, by their change's coalescing key.
  private final TreeMap<String, ObjectUnreadable> unreadable = new TreeMap<>();

  LinkModel(Instant start) {
    this(start, (at, from, to, reason) -> {});
  }

  LinkModel(Instant start, PhaseListener listener) {
    this.since = start;
    this.listener = listener;
  }

  void apply(LinkChanged change) {
    if (change.phase() == LinkPhase.LIVE
        || change.phase() == LinkPhase.SLOW
        || change.phase() == LinkPhase.DEGRADED) {
      everLive = true;
    }
    ConnectionPhase next = map(change.phase());
    ConnectionPhase was = phase;
    reason = change.reason() == null ? "" : change.reason();
    if (next != phase) {
      boolean liveBefore = live();
      phase = next;
      if (live()) {
        lostAt = null;
      } else if (liveBefore) {
        lostAt = change.at();
      }
      since = next == ConnectionPhase.STALE && lostAt != null ? lostAt : change.at();
      listener.changed(change.at(), was, next, reason);
    }
    if (change.latency() != null) {
      latency = change.latency();
    }
    cached = null;
  }

  /// A lost connection is STALE when the model holds last-known state, else UNREACHABLE.
  private ConnectionPhase map(LinkPhase link) {
    return switch (link) {
      case CONNECTING -> ConnectionPhase.CONNECTING;
      case SYNCING -> ConnectionPhase.SYNCING;
      case LIVE -> ConnectionPhase.LIVE;
      case SLOW -> ConnectionPhase.SLOW;
      case DEGRADED -> ConnectionPhase.DEGRADED;
      case LOST -> everLive ? ConnectionPhase.STALE : ConnectionPhase.UNREACHABLE;
      case UNAUTHORIZED -> ConnectionPhase.UNAUTHORIZED;
      case FORBIDDEN -> ConnectionPhase.FORBIDDEN;
      case MISCONFIGURED -> ConnectionPhase.MISCONFIGURED;
    };
  }

  /// Marks an object unreadable until a readable version of it, or its deletion, arrives.
  void unreadable(ObjectUnreadable change) {
    unreadable.put(change.coalesceKey(), change);
    cached = null;
  }

  /// A readable change of an object clears its unreadable mark.
  void readable(ClusterChange change) {
    String key = change.coalesceKey();
    if (key != null && unreadable.remove(key) != null) {
      cached = null;
    }
  }

  /// After a full list: only objects that still exist can stay unreadable.
  void resynced(Map<ObjectKind, Set<String>> names) {
    if (unreadable
        .values()
        .removeIf(u -> !names.getOrDefault(u.kind(), Set.of()).contains(u.name()))) {
      cached = null;
    }
  }

  void heard(Instant at) {
    lastEventAt = at;
    cached = null;
  }

  /// Whether what the model holds is current: events flow (a slow or degraded server's too).
  boolean live() {
    return phase == ConnectionPhase.LIVE
        || phase == ConnectionPhase.SLOW
        || phase == ConnectionPhase.DEGRADED;
  }

  ModelState.Link export() {
    return new ModelState.Link(
        phase,
        reason,
        since,
        lastEventAt,
        latency,
        everLive,
        List.copyOf(unreadable.values()),
        lostAt);
  }

  void restore(ModelState.Link state) {
    phase = state.phase();
    reason = state.reason();
    since = state.since();
    lastEventAt = state.lastEventAt();
    latency = state.latency();
    everLive = state.everLive();
    lostAt = state.lostAt();
    // A keyframe from before `lostAt` was kept: a stale link's `since` is when it was lost;
    // during a reconnect (syncing) it is not known, and the next loss counts from itself.
    if (lostAt == null && phase == ConnectionPhase.STALE) {
      lostAt = since;
    }
    unreadable.clear();
    state.unreadable().forEach(u -> unreadable.put(u.coalesceKey(), u));
    cached = null;
  }

  ConnectionState state() {
    if (cached == null) {
      List<String> odd = unreadable.values().stream().map(ObjectUnreadable::describe).toList();
      cached =
          new ConnectionState(
              phase,
              reason,
              since,
              Optional.ofNullable(lastEventAt),
              Optional.ofNullable(latency),
              odd);
    }
    return cached;
  }
}
