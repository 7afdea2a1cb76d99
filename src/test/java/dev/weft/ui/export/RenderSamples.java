package dev.weft.ui.export;

import dev.weft.ui.sample.SampleSnapshots;
import dev.weft.ui.theme.Theme;
import java.nio.file.Path;
import java.time.Instant;

/// Renders the sample snapshots to `/tmp/weft-renders` (or the folder given) for a person to look
/// at. Run from the test class path: `java -cp … dev.weft.ui.export.RenderSamples [DIR]`.
public final class RenderSamples {
  private RenderSamples() {}

  public static void main(String[] args) throws Exception {
    try {
      render(args);
    } finally {
      // JavaFX's thread would keep the JVM alive, also after a failure.
      System.exit(0);
    }
  }

  private static void render(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/weft-renders");
    Instant now = Instant.parse("2026-11-27T11:20:00Z");
    for (Theme theme : Theme.values()) {
      String t = theme.name().toLowerCase(java.util.Locale.ROOT);
      dev.weft.ui.overview.MatrixRenderer.renderPng(
          SampleSnapshots.large(10, 50, now),
          theme,
          1600,
          dir.resolve("matrix-10x50-" + t + ".png"));
      dev.weft.ui.overview.MatrixRenderer.renderPng(
          SampleSnapshots.threeZonesIncident(now),
          theme,
          1600,
          dir.resolve("matrix-3-" + t + ".png"));
    }
    if (args.length > 1 && args[1].equals("matrix")) {
      WindowShot.take(
          SampleSnapshots.large(10, 50, Instant.now()), dir.resolve("window-matrix.png"), true);
      return;
    }
    for (Theme theme : Theme.values()) {
      String t = theme.name().toLowerCase(java.util.Locale.ROOT);
      MapRenderer.renderPng(
          SampleSnapshots.threeZonesIncident(now), theme, 1600, dir.resolve("3zone-" + t + ".png"));
      MapRenderer.renderPng(
          SampleSnapshots.large(10, 50, now), theme, 2400, dir.resolve("10x50-" + t + ".png"));
    }
    MapRenderer.renderPng(
        SampleSnapshots.threeZonesHealthy(now),
        Theme.LIGHT,
        1600,
        dir.resolve("3zone-healthy.png"));
    // The window ages what it shows against the real clock: take it from now.
    Instant live = Instant.now();
    WindowShot.take(
        SampleSnapshots.threeZonesIncident(live), dir.resolve("window-light.png"), false);
    WindowShot.take(SampleSnapshots.threeZonesIncident(live), dir.resolve("window-dark.png"), true);
    WindowShot.take(SampleSnapshots.large(10, 50, live), dir.resolve("window-10x50.png"), false);
    System.out.println("rendered to " + dir);
  }
}
