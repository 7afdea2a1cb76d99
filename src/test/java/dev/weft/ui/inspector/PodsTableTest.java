package dev.weft.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.state.PodSnapshot;
import dev.weft.ui.export.HeadlessFx;
import dev.weft.ui.testing.Samples;
import dev.weft.ui.theme.Theme;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

/// The pods table in the side panel as wide as a 1440 × 900 window gives it: during a canary,
/// every cell reads whole. The pods of two ReplicaSets share only "app2-", and the table once
/// showed "…kxs…" for a pod and "CrashLo…" for its status.
class PodsTableTest {
  /// The inspector's width beside the map in a 1440-pixel window, as measured in the GTK window
  /// (its pods table 349 px wide).
  private static final double PANEL = 383;

  @Test
  void duringACanaryEveryCellReadsWhole() {
    var s = Samples.healthy();
    Instant at = s.at();
    List<PodSnapshot> pods =
        List.of(
            pod("app2-kxshkvwxkb-lzkgq", false, "CrashLoopBackOff", 8, at, 240, "1.5.2-bad"),
            pod("app2-6d4b7c9f8-6bk5n", true, "Running", 0, at, 720, "1.5.2"),
            pod("app2-6d4b7c9f8-r4d6p", true, "Running", 0, at, 720, "1.5.2"),
            pod("app2-6d4b7c9f8-zl6gl", true, "Running", 0, at, 720, "1.5.2"),
            // Wide letters: 62 px cut the demo's "…hmxwm" to "…hm…".
            pod("app2-6d4b7c9f8-hmxwm", true, "Running", 0, at, 720, "1.5.2"));
    InspectorViewModel vm = new InspectorViewModel((zone, ns, pod, lines) -> () -> {});
    vm.apply(Samples.edit(s, "app2", "gz-1", p -> Samples.withPods(p, pods)));
    vm.show("app2@gz-1");
    List<String> cut =
        HeadlessFx.call(
            () -> {
              StackPane root = new StackPane(new InspectorView(vm, text -> {}));
              Theme.LIGHT.applyTo(root);
              new Scene(root, PANEL, 700);
              root.applyCss();
              root.layout();
              root.layout();
              var table = (javafx.scene.control.TableView<?>) root.lookup("#inspector-pods");
              double columns =
                  table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
              // Every column in view: none pushed out past the panel's edge.
              assertThat(columns).isLessThanOrEqualTo(table.getWidth() - 2);
              List<String> shown = new java.util.ArrayList<>();
              List<String> truncated = new java.util.ArrayList<>();
              for (var n : root.lookupAll("#inspector-pods .table-cell")) {
                if (n instanceof TableCell<?, ?> cell
                    && cell.isVisible()
                    && cell.getText() != null
                    && !cell.getText().isEmpty()) {
                  shown.add(cell.getText());
                  if (cell.isTextTruncated()) {
                    truncated.add(cell.getText());
                  }
                }
              }
              assertThat(shown).contains("\u2715 CrashLoopBackOff", "\u2026lzkgq", "\u2026hmxwm");
              // A crash loop's restarts, in seconds under two minutes: "8 (102s ago)".
              assertThat(shown).anyMatch(t -> t.matches("8 \\(1\\d\\ds ago\\)"));
              return truncated;
            });
    assertThat(cut).isEmpty();
  }

  private static PodSnapshot pod(
      String name,
      boolean ready,
      String status,
      int restarts,
      Instant now,
      long ageSeconds,
      String version) {
    return new PodSnapshot(
        name,
        "Running",
        ready,
        restarts,
        ready ? Optional.empty() : Optional.of(status),
        now.minusSeconds(ageSeconds),
        "node-1",
        version,
        Optional.empty(),
        status,
        restarts > 0 ? Optional.of("Error, exit code 1") : Optional.empty(),
        restarts > 0 ? Optional.of(now.minusSeconds(101)) : Optional.empty());
  }
}
