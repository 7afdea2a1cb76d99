package dev.weft.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/// `kubectl get pods` prints the server's table: restarts read "4 (10s ago)" as kube-apiserver's
/// pod printer words them, from the latest container's last termination.
class PodTableTest {
  private static String restartsCell(String podJson) {
    ObjectNode pod = Json.parse(podJson.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ObjectNode table = Tables.table(ResourceType.PODS, List.of(pod), "1", false);
    return table.path("rows").path(0).path("cells").path(3).asString();
  }

  @Test
  void restartsSayWhenTheLastOneWas() {
    String finished = Instant.now().minusSeconds(10).toString();
    assertThat(
            restartsCell(
                """
                {"metadata": {"name": "p", "creationTimestamp": "2026-12-01T00:00:00Z"},
                 "status": {"containerStatuses": [{"restartCount": 4,
                   "lastState": {"terminated": {"finishedAt": "%s"}}}]}}
                """
                    .formatted(finished)))
        .matches("4 \\(1\\ds ago\\)");
    assertThat(
            restartsCell(
                """
                {"metadata": {"name": "p", "creationTimestamp": "2026-12-01T00:00:00Z"},
                 "status": {"containerStatuses": [{"restartCount": 0}]}}
                """))
        .isEqualTo("0");
  }
}
