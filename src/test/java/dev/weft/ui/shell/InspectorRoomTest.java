package dev.weft.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ui.FabricSession;
import dev.weft.ui.FabricSessions;
import dev.weft.ui.export.HeadlessFx;
import dev.weft.ui.sample.SampleFeed;
import dev.weft.ui.testing.Samples;
import dev.weft.ui.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/// A window opened for the first time (nothing saved) gives its inspector the room its pods
/// table needs: in the window JavaFX opens on a 1440-pixel screen (95 % of it, 1368 px) the
/// Age heading read "Ag" under the column menu's button, and on a 1366-pixel laptop more was cut.
class InspectorRoomTest {
  @Test
  void aFirstWindowOnA1440Or1366PixelScreenShowsEveryPodsHeadingWhole() {
    for (double width : new double[] {1368, 1298}) {
      assertThat(cutHeadings(width)).as("headings cut at %s px", width).isEmpty();
    }
  }

  /// The pods table's headings that do not read whole, or that lie past the table's edge, in a
  /// fresh window `width` pixels wide.
  private static List<String> cutHeadings(double width) {
    FabricSession session = FabricSession.watching(new SampleFeed(Samples.healthy()));
    ShellViewModel vm =
        new ShellViewModel(FabricSessions.always(session), session, Runnable::run, Runnable::run);
    return HeadlessFx.call(
        () -> {
          ShellMenus menus = new ShellMenus(vm, () -> null, p -> {}, () -> {}, () -> {}, () -> {});
          ShellView view = new ShellView(vm, menus, text -> {});
          Theme.LIGHT.applyTo(view.root());
          new Scene(view.root(), width, 830);
          for (int i = 0; i < 3; i++) {
            view.root().applyCss();
            view.root().layout();
          }
          TableView<?> table = (TableView<?>) view.root().lookup("#inspector-pods");
          List<String> cut = new ArrayList<>();
          double columns =
              table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
          if (columns > table.getWidth() - 2) {
            cut.add("columns " + columns + " px in a table " + table.getWidth() + " px wide");
          }
          for (var n : table.lookupAll(".column-header .label")) {
            if (n instanceof Labeled label && label.isVisible() && label.isTextTruncated()) {
              cut.add(label.getText());
            }
          }
          return cut;
        });
  }
}
