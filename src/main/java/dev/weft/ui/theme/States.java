package dev.weft.ui.theme;

import dev.weft.state.Health;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/// Binds view-model state to CSS pseudo-classes, so that looks live in the stylesheet only.
///
/// Threading: FX thread only.
public final class States {
  private static final Health[] HEALTHS = Health.values();

  private States() {}

  /// `node` gets `:name` while `value` is true. The node keeps `value` alive: a binding made
  /// with `Bindings.create…` holds its dependencies only weakly, and would otherwise be
  /// collected, freezing the pseudo-class at whatever it was then.
  public static void bind(Node node, String name, ObservableValue<Boolean> value) {
    node.getProperties().put("weft.state." + name, value);
    PseudoClass pc = PseudoClass.getPseudoClass(name);
    node.pseudoClassStateChanged(pc, Boolean.TRUE.equals(value.getValue()));
    value.addListener(
        (obs, old, now) -> node.pseudoClassStateChanged(pc, Boolean.TRUE.equals(now)));
  }

  /// `node` gets exactly one of `:healthy`, `:degraded`, `:down`, `:unknown`.
  public static void bindHealth(Node node, ObservableValue<Health> health) {
    bindEnum(node, health, HEALTHS);
  }

  /// `node` gets the pseudo-class named after the current constant (lower case, dashes).
  public static <E extends Enum<E>> void bindEnum(
      Node node, ObservableValue<E> value, E[] constants) {
    node.getProperties().put("weft.state." + constants[0].getDeclaringClass().getName(), value);
    Runnable apply =
        () -> {
          for (E c : constants) {
            node.pseudoClassStateChanged(pseudo(c), c == value.getValue());
          }
        };
    apply.run();
    value.addListener((obs, old, now) -> apply.run());
  }

  /// Sets `:name` once, for static state.
  public static void set(Node node, String name, boolean on) {
    node.pseudoClassStateChanged(PseudoClass.getPseudoClass(name), on);
  }

  private static PseudoClass pseudo(Enum<?> c) {
    return PseudoClass.getPseudoClass(c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }
}
