package dev.weft.ui;

import dev.weft.state.ConnectionPhase;
import dev.weft.state.Health;
import dev.weft.state.Transition;
import java.util.Locale;

/// Transitions in words, the same in the timeline and in notifications. Pure.
public final class TransitionWords {
  private TransitionWords() {}

  /// "app2@gz-1: healthy → down", "gz-1: live → stale · connection refused …".
  public static String line(Transition t) {
    return switch (t) {
      case Transition.PlacementChanged p ->
          Messages.get("timeline.transition", p.placementId(), word(p.from()), word(p.to()));
      case Transition.ConnectionChanged c ->
          withReason(
              Messages.get("timeline.transition", subject(c), word(c.from()), word(c.to())),
              c.reason());
      case Transition.GatewayChanged g ->
          withReason(
              Messages.get(
                  "timeline.transition",
                  Messages.get("gateway.word"),
                  word(g.from()),
                  word(g.to())),
              g.reason());
    };
  }

  /// Whether `t` is trouble (red or grey), as opposed to a recovery or a lesser change.
  public static Health healthOf(Transition t) {
    return switch (t) {
      case Transition.PlacementChanged p -> p.to();
      case Transition.ConnectionChanged c ->
          c.recovered()
              ? Health.HEALTHY
              : c.to() == ConnectionPhase.STALE ? Health.UNKNOWN : Health.DOWN;
      case Transition.GatewayChanged g -> g.to();
    };
  }

  /// The zone's name, or "gateway".
  static String subject(Transition.ConnectionChanged c) {
    return Transition.GATEWAY.equals(c.source()) ? Messages.get("gateway.word") : c.source();
  }

  public static String word(Health h) {
    return Messages.get("health." + h.name().toLowerCase(Locale.ROOT));
  }

  public static String word(ConnectionPhase p) {
    return Messages.get("phase." + p.name().toLowerCase(Locale.ROOT)).toLowerCase(Locale.ROOT);
  }

  private static String withReason(String text, String reason) {
    return reason == null || reason.isBlank() ? text : text + " \u00b7 " + reason;
  }
}
