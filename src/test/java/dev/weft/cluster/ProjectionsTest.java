package dev.weft.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.testing.KubeObjects;
import dev.weft.testing.Routes;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectionsTest {
  @ParameterizedTest
  @CsvSource({
    "registry.example:5000/team/app2:1.4.2, 1.4.2",
    "app2, latest",
    "registry.example:5000/app2, latest",
    "app2@sha256:0123456789abcdef0123, 0123456789ab",
  })
  void versionIsTheImageTag(String image, String version) {
    assertThat(Projections.version(image)).isEqualTo(version);
  }

  @Test
  void podKeepsOnlyWhatTheMapShows() {
    var pod =
        new PodBuilder(KubeObjects.pod("app2", "app2-7d9f-abcde", "1.4.2", true))
            .editStatus()
            .addNewContainerStatus()
            .withName("app2")
            .withRestartCount(4)
            .withNewState()
            .withNewWaiting()
            .withReason("CrashLoopBackOff")
            .endWaiting()
            .endState()
            .endContainerStatus()
            .endStatus()
            .build();
    PodInfo info = Projections.pod(pod);
    assertThat(info.owner()).isEqualTo("app2");
    assertThat(info.version()).isEqualTo("1.4.2");
    assertThat(info.ready()).isTrue();
    assertThat(info.restarts()).isEqualTo(4);
    assertThat(info.waitingReason()).isEqualTo("CrashLoopBackOff");
    assertThat(info.node()).isEqualTo("node-1");
    assertThat(info.status()).as("kubectl's STATUS").isEqualTo("CrashLoopBackOff");
  }

  @Test
  void statusIsWhatKubectlPrints() {
    var crashed =
        new PodBuilder(KubeObjects.pod("app2", "app2-7d9f-abcde", "1.4.2", false))
            .editStatus()
            .addNewContainerStatus()
            .withName("app2")
            .withRestartCount(10)
            .withNewState()
            .withNewTerminated()
            .withReason("Error")
            .withExitCode(1)
            .endTerminated()
            .endState()
            .withNewLastState()
            .withNewTerminated()
            .withReason("OOMKilled")
            .withExitCode(137)
            .withFinishedAt("2026-11-27T10:00:00Z")
            .endTerminated()
            .endLastState()
            .endContainerStatus()
            .endStatus()
            .build();
    PodInfo info = Projections.pod(crashed);
    assertThat(info.status()).isEqualTo("Error");
    assertThat(info.lastTermination()).isEqualTo("OOMKilled, exit code 137");
    var deleting =
        new PodBuilder(crashed)
            .editMetadata()
            .withDeletionTimestamp("2026-11-27T10:00:01Z")
            .endMetadata()
            .build();
    assertThat(Projections.pod(deleting).status()).isEqualTo("Terminating");
  }

  @Test
  void ownerFallsBackToTheNameWithoutHashes() {
    var pod = new PodBuilder().withNewMetadata().withName("app3-5d8f7-x2x").endMetadata().build();
    assertThat(Projections.pod(pod).owner()).isEqualTo("app3");
  }

  @Test
  void routeWeightsFromTheDefaultRuleAndRegionsFromHeaderRules() {
    var route =
        Routes.route(
            Map.of("health-gz-1", 50, "health-sh-1", 50, "health-bj-1", 0),
            Map.of("south", "health-gz-1"));
    RouteInfo info = RouteProjection.of(route);
    assertThat(info.weights())
        .containsOnly(
            Map.entry("health-gz-1", 50),
            Map.entry("health-sh-1", 50),
            Map.entry("health-bj-1", 0));
    assertThat(info.regionBackends()).containsOnly(Map.entry("south", List.of("health-gz-1")));
  }
}
