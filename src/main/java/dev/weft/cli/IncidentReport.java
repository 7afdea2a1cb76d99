package dev.weft.cli;

import dev.weft.record.Recording;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.Transition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/// The incident report of a recorded window: one self-contained HTML file (maps embedded as
/// `data:` images, no script, nothing fetched) or Markdown for a ticket. Holds what the
/// recording holds and nothing else: no token, no kubeconfig. Runs on the caller's thread.
public final class IncidentReport {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private IncidentReport() {}

  /// One action, from its journal entries: who, when, what, the preview, the result.
  record Action(
      String operation, Instant at, String who, String what, List<String> preview, String result) {}

  /// @param exporter draws maps, or null for a report without them
  public static String html(Recording recording, Instant from, Instant to, MapExporter exporter)
      throws IOException {
    IncidentTimeline t = IncidentTimeline.of(recording, from, to);
    Markup m = new Markup(true);
    String fabric = t.start == null ? "?" : t.start.fabric().name();
    m.title("Incident report: " + fabric + ", " + from + " to " + to);
    if (t.start == null) {
      m.para("Nothing was recorded in this window.");
      return m.done();
    }
    m.heading("Map at the start (" + t.start.at() + ")");
    map(m, t.start, exporter);
    m.heading("Timeline");
    List<String> rows = new ArrayList<>();
    for (Transition tr : t.transitions) {
      rows.add(tr.at() + " | " + IncidentTimeline.describe(tr));
    }
    m.list(rows.isEmpty() ? List.of("no health change or warning in this window") : rows);
    for (FabricSnapshot s : t.notable) {
      m.heading("Map at " + s.at());
      map(m, s, exporter);
    }
    m.heading("Actions");
    List<Action> actions = actions(recording, from, to);
    if (actions.isEmpty()) {
      m.para("No action was taken on this fabric through Weft in this window.");
    }
    for (Action a : actions) {
      m.subheading(
          a.at() + ": " + a.what() + " by " + a.who() + " (operation " + a.operation() + ")");
      m.list(a.preview().isEmpty() ? List.of("(no preview recorded)") : a.preview());
      m.para("Result: " + a.result());
    }
    m.heading("Time each zone spent stale, down or degraded");
    List<String> spent = new ArrayList<>();
    t.time.forEach(
        (zone, states) ->
            spent.add(
                zone
                    + ": "
                    + (states.isEmpty()
                        ? "none"
                        : String.join(
                            ", ",
                            states.entrySet().stream()
                                .map(e -> e.getKey() + " " + human(e.getValue()))
                                .toList()))));
    m.list(spent);
    m.heading("Map at the end (" + t.end.at() + ")");
    map(m, t.end, exporter);
    return m.done();
  }

  /// The same report as Markdown, without maps.
  public static String markdown(Recording recording, Instant from, Instant to) throws IOException {
    return html(recording, from, to, null)
        .lines()
        .filter(l -> !l.startsWith("<"))
        .reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append)
        .toString();
  }

  private static void map(Markup m, FabricSnapshot s, MapExporter exporter) throws IOException {
    if (exporter == null) {
      return;
    }
    Path png = Files.createTempFile("weft-report", ".png");
    try {
      exporter.renderPng(s, false, false, 1200, png);
      m.image(Base64.getEncoder().encodeToString(Files.readAllBytes(png)), "the map at " + s.at());
    } finally {
      Files.deleteIfExists(png);
    }
  }

  static List<Action> actions(Recording recording, Instant from, Instant to) {
    Map<String, List<JsonNode>> byOperation = new LinkedHashMap<>();
    for (Recording.Action a : recording.actions(from, to)) {
      byOperation
          .computeIfAbsent(a.operation(), k -> new ArrayList<>())
          .add(JSON.readTree(a.json()));
    }
    List<Action> out = new ArrayList<>();
    byOperation.forEach(
        (operation, entries) -> {
          JsonNode first = entries.getFirst();
          List<String> preview = new ArrayList<>();
          String result = "not recorded (the action may still have been running)";
          for (JsonNode e : entries) {
            String phase = e.path("phase").asString("");
            if (phase.equals("plan")) {
              for (JsonNode step : e.path("plan")) {
                for (JsonNode change : step.path("changes")) {
                  preview.add(step.path("object").asString("") + ": " + change.asString(""));
                }
              }
            }
            if (phase.equals("result")) {
              result = e.path("status").asString("") + ", " + e.path("detail").asString("");
            }
          }
          out.add(
              new Action(
                  operation,
                  Instant.parse(first.path("time").asString()),
                  first.path("who").asString(""),
                  first.path("what").asString(""),
                  preview,
                  result));
        });
    return out;
  }

  static String human(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? (s / 3600) + " h " + (s % 3600) / 60 + " min"
        : s >= 60 ? (s / 60) + " min " + (s % 60) + " s" : s + " s";
  }
}
