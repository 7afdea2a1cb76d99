package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.cluster.ClusterChange;
import dev.weft.cluster.DeploymentInfo;
import dev.weft.cluster.LinkPhase;
import dev.weft.cluster.PodInfo;
import dev.weft.cluster.RouteInfo;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.Replayer;
import dev.weft.testing.Fabrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StatusReportTest {
  private static final Instant T = Instant.parse("2026-11-27T10:00:00Z");

  private static List<ClusterChange> zone(String zone, int desired, int ready) {
    List<ClusterChange> list = new ArrayList<>();
    list.add(new ClusterChange.LinkChanged(zone, T, LinkPhase.LIVE, "", null));
    for (String app : List.of("app1", "app2", "app3")) {
      list.add(
          new ClusterChange.DeploymentUpserted(
              zone, T, new DeploymentInfo(app, desired, ready, ready, desired, List.of())));
      for (int i = 0; i < ready; i++) {
        list.add(
            new ClusterChange.PodUpserted(
                zone,
                T,
                new PodInfo(app + "-a-" + i, app, "Running", true, 0, null, T, "n", "1.0", null)));
      }
    }
    return list;
  }

  private static FabricSnapshot snapshot(List<ClusterChange> changes) {
    return new Replayer(Fabrics.of(true, "gz-1", "sh-1"), T).apply(changes);
  }

  private static List<ClusterChange> gateway() {
    return List.of(
        new ClusterChange.LinkChanged(ClusterChange.GATEWAY, T, LinkPhase.LIVE, "", null),
        new ClusterChange.RouteChanged(
            ClusterChange.GATEWAY,
            T,
            new RouteInfo(Map.of("health-gz-1", 50, "health-sh-1", 50), Map.of())));
  }

  @Test
  void healthyFabricExitsZeroAndJsonHasTheAgreedFields() throws Exception {
    List<ClusterChange> changes = new ArrayList<>(zone("gz-1", 2, 2));
    changes.addAll(zone("sh-1", 2, 2));
    changes.addAll(gateway());
    FabricSnapshot s = snapshot(changes);

    assertThat(StatusReport.exitCode(s)).isEqualTo(ExitCodes.OK);
    JsonNode json = JsonMapper.builder().build().readTree(StatusReport.json(s));
    JsonNode gz1 = json.get("zones").get(0);
    assertThat(gz1.get("name").asString()).isEqualTo("gz-1");
    assertThat(gz1.get("connection").asString()).isEqualTo("LIVE");
    JsonNode app1 = gz1.get("apps").get(0);
    assertThat(app1.get("name").asString()).isEqualTo("app1");
    assertThat(app1.get("desired").asInt()).isEqualTo(2);
    assertThat(app1.get("ready").asInt()).isEqualTo(2);
    assertThat(app1.get("health").asString()).isEqualTo("HEALTHY");
    assertThat(app1.get("versions").get("1.0").asInt()).isEqualTo(2);
    assertThat(json.get("gateway").get("weights").get("gz-1").asInt()).isEqualTo(50);
    assertThat(StatusReport.table(s)).contains("zone gz-1  LIVE  HEALTHY").contains("all healthy");
  }

  @Test
  void degradedZoneExitsOne() {
    List<ClusterChange> changes = new ArrayList<>(zone("gz-1", 2, 2));
    changes.addAll(zone("sh-1", 2, 1));
    changes.addAll(gateway());
    FabricSnapshot s = snapshot(changes);
    assertThat(StatusReport.exitCode(s)).isEqualTo(ExitCodes.NOT_OK);
    assertThat(StatusReport.table(s)).contains("zone sh-1  LIVE  DEGRADED").contains("1/2");
  }

  @Test
  void unreachableZoneExitsOneAndSaysWhy() {
    List<ClusterChange> changes = new ArrayList<>(zone("gz-1", 2, 2));
    changes.add(
        new ClusterChange.LinkChanged(
            "sh-1", T, LinkPhase.LOST, "connection refused 10.0.0.2:6443", null));
    changes.addAll(gateway());
    FabricSnapshot s = snapshot(changes);
    assertThat(StatusReport.exitCode(s)).isEqualTo(ExitCodes.NOT_OK);
    assertThat(StatusReport.table(s))
        .contains("zone sh-1  UNREACHABLE  UNKNOWN  (connection refused 10.0.0.2:6443)");
    assertThat(StatusReport.json(s)).contains("\"connection\" : \"UNREACHABLE\"");
  }

  @Test
  void regionLinesComeInTheSameOrderEveryRun() {
    Map<String, List<String>> regions = new java.util.HashMap<>();
    List<String> names = List.of("north", "east", "south", "west", "central", "alpha", "zulu");
    for (String region : names) {
      regions.put(region, List.of("health-gz-1", "health-sh-1"));
    }
    List<ClusterChange> changes = new ArrayList<>(zone("gz-1", 2, 2));
    changes.add(new ClusterChange.LinkChanged(ClusterChange.GATEWAY, T, LinkPhase.LIVE, "", null));
    changes.add(
        new ClusterChange.RouteChanged(
            ClusterChange.GATEWAY,
            T,
            new RouteInfo(Map.of("health-gz-1", 50, "health-sh-1", 50), Map.copyOf(regions))));

    String table = StatusReport.table(snapshot(changes));

    List<String> printed =
        table.lines().filter(l -> l.startsWith("  region ")).map(l -> l.split(" ")[3]).toList();
    assertThat(printed).containsExactlyElementsOf(names.stream().sorted().toList());
  }

  @Test
  void aChangeOfLatencyIsNotAChangeOfState() {
    List<ClusterChange> changes = new ArrayList<>(zone("gz-1", 2, 2));
    changes.addAll(gateway());
    FabricSnapshot before = snapshot(changes);
    changes.add(
        new ClusterChange.LinkChanged(
            "gz-1", T.plusSeconds(3), LinkPhase.LIVE, "", java.time.Duration.ofMillis(87)));
    FabricSnapshot after = snapshot(changes);

    assertThat(StatusReport.table(after)).contains("api 87 ms");
    assertThat(StatusReport.state(after)).isEqualTo(StatusReport.state(before));
  }
}
