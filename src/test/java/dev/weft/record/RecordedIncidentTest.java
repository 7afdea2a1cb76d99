package dev.weft.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.state.FabricSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A recording of the demo through a bad canary, an outage and a failover replays, at every
/// instant the live model published a snapshot, to that very snapshot.
class RecordedIncidentTest {
  @TempDir static Path dir;
  static RecordedIncident incident;

  @BeforeAll
  static void record() throws Exception {
    incident = RecordedIncident.record(dir);
  }

  @Test
  void replayAtEveryLiveInstantEqualsTheLiveSnapshot() {
    // The live model's last snapshot at each instant (several batches may share one).
    Map<java.time.Instant, FabricSnapshot> lastAt = new LinkedHashMap<>();
    incident.live.forEach(s -> lastAt.put(s.at(), s));
    List<FabricSnapshot> expected = new ArrayList<>(lastAt.values());
    assertThat(expected).hasSizeGreaterThan(20);
    try (Recording recording = Recording.open(incident.file)) {
      assertThat(recording.counts()[0]).as("keyframes").isGreaterThan(2);
      int step = Math.max(1, expected.size() / 150);
      for (int i = 0; i < expected.size(); i += step) {
        FabricSnapshot live = expected.get(i);
        assertThat(recording.seek(live.at())).as("at %s", live.at()).contains(live);
      }
      FabricSnapshot last = expected.getLast();
      assertThat(recording.seek(last.at())).contains(last);
    }
  }

  @Test
  void playGivesEveryLiveSnapshotInOrder() {
    List<FabricSnapshot> played = new ArrayList<>();
    var live = incident.live;
    try (Recording recording = Recording.open(incident.file)) {
      recording.play(live.getFirst().at(), live.getLast().at(), played::add);
    }
    assertThat(played).containsSubsequence(live.subList(live.size() - 20, live.size()));
    assertThat(played.stream().distinct().toList()).containsAll(live.subList(1, live.size()));
  }

  @Test
  void theRecordingHoldsTheActionsAndNoSecret() throws Exception {
    try (Recording recording = Recording.open(incident.file)) {
      var span = recording.span().orElseThrow();
      var actions = recording.actions(span[0], span[1].plusSeconds(60));
      assertThat(actions).extracting(Recording.Action::operation).containsAll(incident.operations);
      assertThat(recording.integrityCheck()).isEqualTo("ok");
    }
    String kubeconfig = Files.readString(incident.kubeconfig);
    List<String> secrets = new ArrayList<>();
    var matcher =
        java.util.regex.Pattern.compile("(token|client-key-data|client-certificate-data): (\\S+)")
            .matcher(kubeconfig);
    while (matcher.find()) {
      secrets.add(matcher.group(2));
    }
    assertThat(secrets).isNotEmpty();
    String bytes = new String(Files.readAllBytes(incident.file), StandardCharsets.ISO_8859_1);
    Path wal = Path.of(incident.file + "-wal");
    if (Files.exists(wal)) {
      bytes += new String(Files.readAllBytes(wal), StandardCharsets.ISO_8859_1);
    }
    for (String secret : secrets) {
      assertThat(bytes).doesNotContain(secret);
    }
  }

  @Test
  void theIncidentReportHoldsEveryHealthChangeAndActionAndNoSecret() throws Exception {
    var live = incident.live;
    java.time.Instant from = live.getFirst().at();
    java.time.Instant to = live.getLast().at();
    String html;
    String md;
    try (Recording recording = Recording.open(incident.file)) {
      html =
          dev.weft.cli.IncidentReport.html(
              recording,
              from,
              to,
              (snapshot, dark, matrix, width, out) ->
                  Files.write(out, new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
      md = dev.weft.cli.IncidentReport.markdown(recording, from, to);
    }
    List<dev.weft.state.Transition> changes =
        live.getLast().transitions().stream().filter(t -> !t.at().isBefore(from)).toList();
    assertThat(changes).isNotEmpty();
    for (var t : changes) {
      String expected =
          switch (t) {
            case dev.weft.state.Transition.PlacementChanged p ->
                p.placementId()
                    + ": "
                    + p.from().name().toLowerCase()
                    + " → "
                    + p.to().name().toLowerCase();
            case dev.weft.state.Transition.ConnectionChanged c ->
                c.source() + " connection: " + c.from() + " → " + c.to();
            case dev.weft.state.Transition.GatewayChanged g ->
                "gateway: " + g.from().name().toLowerCase() + " → " + g.to().name().toLowerCase();
          };
      assertThat(html).contains(t.at() + " | " + expected);
      assertThat(md).contains(t.at() + " | " + expected);
    }
    for (String operation : incident.operations) {
      assertThat(html).contains("operation " + operation);
      assertThat(md).contains("operation " + operation);
    }
    assertThat(html).contains("drain sh-1").contains("Result: DONE").contains("weight");
    assertThat(html).contains("data:image/png;base64,iVBORw");
    assertThat(html).contains("sh-1: stale");
    assertThat(html).doesNotContain("token").doesNotContain("client-key");
    assertThat(md).doesNotContain("<img").contains("## Actions");
  }
}
