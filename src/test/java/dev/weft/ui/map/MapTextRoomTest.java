package dev.weft.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.state.ConnectionPhase;
import dev.weft.state.FabricSnapshot;
import dev.weft.ui.export.HeadlessFx;
import dev.weft.ui.sample.SampleScenarios;
import dev.weft.ui.testing.Samples;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// The map's text stays in the room its layout gives it, at the window's type and at
/// presentation mode's larger type.
///
/// Why a zone is not live stays inside its lane. In presentation mode the demo's "connection
/// refused 127.0.0.1:46293" wrapped below bj-1's lane, over sz-1's name (5 x 4); a TLS failure's
// reason
/// did so at any type size.
class MapTextRoomTest {
  private static final String DEMO = "connection refused 127.0.0.1:46293";
  private static final String TLS =
      "TLS handshake with https://bj-1.k8s.internal.example.com:6443 failed: PKIX path"
          + " building failed: unable to find valid certification path to requested target";

  /// What the lane shows of the stale zone sh-1, the middle lane of three.
  record Seen(
      boolean insideLane,
      boolean clearOfNextName,
      boolean reasonShown,
      boolean displayShown,
      boolean cut,
      String tooltip) {}

  @ParameterizedTest(name = "{0}, presentation type {1}")
  @CsvSource({"demo, false, true, false", "demo, true, false, false", "tls, false, false, true"})
  void theReasonStaysInItsLaneAndComesBeforeTheOtherLines(
      String reason, boolean presentation, boolean displayShown, boolean cut) {
    String text = reason.equals("tls") ? TLS : DEMO;
    Seen seen = HeadlessFx.call(() -> look(text, presentation));
    assertThat(seen.insideLane()).as("inside sh-1's lane").isTrue();
    assertThat(seen.clearOfNextName()).as("clear of the next zone's name").isTrue();
    assertThat(seen.reasonShown()).as("the reason is shown").isTrue();
    assertThat(seen.displayShown()).as("the display name").isEqualTo(displayShown);
    assertThat(seen.cut()).as("the reason ends in …").isEqualTo(cut);
    assertThat(seen.tooltip()).isEqualTo(cut ? "Stale" : "");
  }

  /// The gateway's label for a zone that cannot serve ("33 % → zone unreachable") wraps in
  /// room the layout gives; in presentation mode's type it broke "unreachable" mid-word.
  @ParameterizedTest(name = "presentation type {0}")
  @CsvSource({"false", "true"})
  void theGatewaysLabelWrapsBetweenWordsOnly(boolean presentation) {
    double[] widths =
        HeadlessFx.call(
            () -> {
              MapView view =
                  shown(
                      stale(Samples.healthy(), "sh-1", DEMO, ConnectionPhase.UNREACHABLE),
                      presentation);
              Label weight = (Label) view.lookup("#gw-weight-sh-1");
              double widest = 0;
              for (String word : weight.getText().split("\\s+")) {
                javafx.scene.text.Text t = new javafx.scene.text.Text(word);
                t.setFont(weight.getFont());
                widest = Math.max(widest, t.getLayoutBounds().getWidth());
              }
              double room =
                  weight.getWidth() - weight.snappedLeftInset() - weight.snappedRightInset();
              return new double[] {widest, room};
            });
    assertThat(widths[0]).as("the widest word").isLessThanOrEqualTo(widths[1]);
  }

  private static Seen look(String reason, boolean presentation) {
    MapView view =
        shown(stale(Samples.healthy(), "sh-1", reason, ConnectionPhase.STALE), presentation);
    Node lane = view.lookup("#lane-sh-1");
    Label status = (Label) view.lookup("#lane-status-sh-1");
    LaneHeader header = (LaneHeader) status.getParent();
    Bounds laneBox = lane.localToScene(lane.getLayoutBounds());
    Bounds statusBox = status.localToScene(status.getLayoutBounds());
    Node next = view.lookup("#lane-bj-1").lookup(".lane-name");
    Bounds nextName = next.localToScene(next.getLayoutBounds());
    javafx.scene.control.Tooltip tip =
        (javafx.scene.control.Tooltip) header.getProperties().get("javafx.scene.control.Tooltip");
    return new Seen(
        statusBox.getMaxY() <= laneBox.getMaxY() + 0.5,
        statusBox.getMaxY() < nextName.getMinY(),
        status.isVisible() && status.getHeight() > 10 && status.getText().contains(reason),
        header.lookup(".lane-display").getOpacity() > 0,
        header.reasonCut(),
        tip == null ? "" : tip.getText().startsWith("Stale") ? "Stale" : tip.getText());
  }

  /// The map of `snapshot` in a 1200 x 800 window, laid out.
  private static MapView shown(FabricSnapshot snapshot, boolean presentation) {
    return presentation
        ? MapViews.shown(snapshot, 1200, 800, "presentation")
        : MapViews.shown(snapshot, 1200, 800);
  }

  private static FabricSnapshot stale(
      FabricSnapshot s, String zone, String reason, ConnectionPhase phase) {
    return SampleScenarios.withZone(s, zone, phase, s.at(), reason);
  }
}
