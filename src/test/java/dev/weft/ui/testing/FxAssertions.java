package dev.weft.ui.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import org.testfx.util.WaitForAsyncUtils;

/// Waiting helpers for view tests: conditions are read on the FX thread, polled until true.
public final class FxAssertions {
  private FxAssertions() {}

  /// Waits until `condition`, evaluated on the FX thread, holds (at most 5 s).
  public static void eventually(BooleanSupplier condition) {
    await()
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(20))
        .until(onFx(condition::getAsBoolean));
  }

  public static boolean has(Node node, String pseudoClass) {
    return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
  }

  private static Callable<Boolean> onFx(Callable<Boolean> check) {
    return () -> WaitForAsyncUtils.asyncFx(check).get();
  }
}
