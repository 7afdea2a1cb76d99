package dev.weft.ui.export;

import dev.weft.ui.JavaFxLogging;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/// Starts JavaFX without a display (JavaFX 26's Headless glass platform, software rendering) and
/// runs work on its thread. Used by `weft snapshot`, `weft bench ui` and the render runner.
///
/// Threading: any thread except the FX thread may call [#call]; it blocks until done.
public final class HeadlessFx {
  private static final Object LOCK = new Object();
  private static boolean started;

  private HeadlessFx() {}

  /// Starts the toolkit once. The properties only take effect before JavaFX starts, so set them
  /// only where the caller has not chosen otherwise (tests already pass them on the command line).
  public static void ensureStarted() {
    synchronized (LOCK) {
      if (started) {
        return;
      }
      JavaFxLogging.quiet();
      System.setProperty("glass.platform", System.getProperty("glass.platform", "Headless"));
      System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
      System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
      CompletableFuture<Void> up = new CompletableFuture<>();
      boolean ours = true;
      try {
        Platform.startup(() -> up.complete(null));
      } catch (IllegalStateException alreadyRunning) {
        // The window's own toolkit: its implicit exit is the window's, never switched off here
        // (else Quit after an export would leave the JVM running).
        ours = false;
        up.complete(null);
      }
      up.join();
      if (ours) {
        // Headless rendering has no window whose closing should end the toolkit.
        Platform.setImplicitExit(false);
      }
      started = true;
    }
  }

  /// Runs `work` on the FX thread and returns its result.
  public static <T> T call(Supplier<T> work) {
    ensureStarted();
    if (Platform.isFxApplicationThread()) {
      return work.get();
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(work.get());
          } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
          }
        });
    try {
      return result.get(2, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the FX thread", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("the FX thread did not answer within 2 minutes", e);
    }
  }
}
