package dev.weft.record;

import dev.weft.state.ConnectionPhase;
import dev.weft.state.Health;
import dev.weft.state.Transition;

/// Writes and reads the model's [Transition]s inside a keyframe. Stateless.
final class TransitionCodec {
  private TransitionCodec() {}

  static void write(WireOut w, Transition t) {
    switch (t) {
      case Transition.PlacementChanged p -> {
        w.varlong(0);
        common(w, t);
        w.string(p.app());
        w.varlong(p.from().ordinal());
        w.varlong(p.to().ordinal());
      }
      case Transition.ConnectionChanged c -> {
        w.varlong(1);
        common(w, t);
        w.varlong(c.from().ordinal());
        w.varlong(c.to().ordinal());
        w.string(c.reason());
      }
      case Transition.GatewayChanged g -> {
        w.varlong(2);
        common(w, t);
        w.varlong(g.from().ordinal());
        w.varlong(g.to().ordinal());
        w.string(g.reason());
      }
    }
  }

  private static void common(WireOut w, Transition t) {
    w.varlong(t.seq());
    w.instant(t.at());
    w.string(t.source());
  }

  static Transition read(WireIn r) {
    int type = r.varint();
    long seq = r.varlong();
    var at = r.instant();
    String source = r.string();
    return switch (type) {
      case 0 -> new Transition.PlacementChanged(seq, at, source, r.string(), health(r), health(r));
      case 1 -> new Transition.ConnectionChanged(seq, at, source, phase(r), phase(r), r.string());
      case 2 -> new Transition.GatewayChanged(seq, at, health(r), health(r), r.string());
      default -> throw new CorruptRecordingException("a recorded transition has type " + type);
    };
  }

  private static Health health(WireIn r) {
    return Enums.of(Health.class, r.varint());
  }

  private static ConnectionPhase phase(WireIn r) {
    return Enums.of(ConnectionPhase.class, r.varint());
  }
}
