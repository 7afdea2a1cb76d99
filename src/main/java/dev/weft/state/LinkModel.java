package dev.weft.state;

import dev.weft.cluster.ClusterChange.LinkChanged;
import dev.weft.cluster.LinkPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

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
  private ConnectionState cached;

  LinkModel(Instant start) {
    this(start, (at, from, to, reason) -> {});
  }

  LinkModel(Instant start, PhaseListener listener) {
    this.since = start;
    this.listener = listener;
  }

  void apply(LinkChanged change) {
    if (change.phase() == LinkPhase.LIVE) {
      everLive = true;
    }
    ConnectionPhase next = map(change.phase());
    ConnectionPhase was = phase;
    reason = change.reason() == null ? "" : change.reason();
    if (next != phase) {
      phase = next;
      since = change.at();
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
      case LOST -> everLive ? ConnectionPhase.STALE : ConnectionPhase.UNREACHABLE;
      case UNAUTHORIZED -> ConnectionPhase.UNAUTHORIZED;
      case FORBIDDEN -> ConnectionPhase.FORBIDDEN;
      case MISCONFIGURED -> ConnectionPhase.MISCONFIGURED;
    };
  }

  void heard(Instant at) {
    lastEventAt = at;
    cached = null;
  }

  boolean live() {
    return phase == ConnectionPhase.LIVE;
  }

  ConnectionState state() {
    if (cached == null) {
      cached =
          new ConnectionState(
              phase, reason, since, Optional.ofNullable(lastEventAt), Optional.ofNullable(latency));
    }
    return cached;
  }
}
