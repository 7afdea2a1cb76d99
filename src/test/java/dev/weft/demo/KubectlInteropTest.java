package dev.weft.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The done-when path, with the real kubectl against a demo context: get, delete (and
/// the pod comes back), scale (and the new pods become ready), set image with rollout status,
/// annotate, describe, logs (tail and follow). Skipped where kubectl is not installed.
class KubectlInteropTest {
  @TempDir static Path dir;
  static RunningDemo demo;
  static String kubectl;

  @BeforeAll
  static void start() {
    kubectl = findKubectl();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        kubectl != null, "kubectl is not installed (not on PATH): skipping kubectl interop");
    demo = DemoClients.fastDemo(dir, 1, 2);
  }

  @AfterAll
  static void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void getListsRunningPodsAndDiscoveryWorks() {
    String table = kubectl("get", "pods");
    assertThat(table).contains("NAME", "READY", "STATUS", "app1-", "Running", "1/1");
    assertThat(kubectl("api-resources")).contains("deployments", "httproutes", "endpointslices");
    assertThat(kubectl("version")).contains("Server Version: v1.32.0-weft-demo");
  }

  @Test
  void deletedPodComesBack() {
    String pod =
        kubectl("get", "pods", "-l", "app=app2", "-o", "jsonpath={.items[0].metadata.name}");
    assertThat(kubectl("delete", "pod", pod)).contains("deleted");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              String names = kubectl("get", "pods", "-l", "app=app2", "-o", "name");
              String ready =
                  kubectl("get", "deployment", "app2", "-o", "jsonpath={.status.readyReplicas}");
              return !names.contains(pod) && ready.equals("2");
            });
  }

  @Test
  void scaleBringsNewReadyPods() {
    assertThat(kubectl("scale", "deployment", "app3", "--replicas", "4")).contains("scaled");
    assertThat(kubectl("rollout", "status", "deployment", "app3", "--timeout", "30s"))
        .contains("successfully rolled out");
    assertThat(kubectl("get", "deployment", "app3")).containsPattern("app3\\s+4/4\\s+4\\s+4");
  }

  @Test
  void setImageRollsOutAndAnnotateAnnotates() {
    kubectl("set", "image", "deployment/app1", "app1=registry.example/health/app1:2.0.0");
    assertThat(kubectl("rollout", "status", "deployment", "app1", "--timeout", "30s"))
        .contains("successfully rolled out");
    assertThat(
            kubectl(
                "get",
                "pods",
                "-l",
                "app=app1",
                "-o",
                "jsonpath={.items[*].spec.containers[0].image}"))
        .doesNotContain("1.4.2")
        .contains("app1:2.0.0");
    kubectl("annotate", "deployment", "app1", "weft.dev/owner=demo-test");
    assertThat(kubectl("get", "deployment", "app1", "-o", "jsonpath={.metadata.annotations}"))
        .contains("weft.dev/owner");
    assertThat(kubectl("describe", "deployment", "app1"))
        .contains("NewReplicaSetAvailable", "ScalingReplicaSet");
  }

  @Test
  void getWatchStreamsChanges() throws Exception {
    Path out = Files.createTempFile(dir, "watch", ".out");
    Process watch =
        new ProcessBuilder(
                kubectl,
                "--kubeconfig",
                demo.kubeconfig().toString(),
                "get",
                "pods",
                "-l",
                "app=app2",
                "-w",
                "--output-watch-events")
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    try {
      await().until(() -> Files.readString(out).contains("ADDED"));
      String pod =
          kubectl("get", "pods", "-l", "app=app2", "-o", "jsonpath={.items[0].metadata.name}");
      kubectl("delete", "pod", pod, "--wait=false");
      await().atMost(Duration.ofSeconds(20)).until(() -> Files.readString(out).contains("DELETED"));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  Files.readString(out)
                      .lines()
                      .filter(l -> l.contains("MODIFIED"))
                      .anyMatch(l -> l.contains("1/1")));
    } finally {
      watch.destroy();
      watch.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void logsTailsAPodsLog() {
    String log = kubectl("logs", runningPod("app3"), "--tail", "3", "--timestamps");
    assertThat(log.lines().toList())
        .hasSize(3)
        .allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT\\S+Z (INFO|WARN) .*"));
  }

  @Test
  void logsFollowStreamsUntilStopped() throws Exception {
    Path out = Files.createTempFile(dir, "logs", ".out");
    Process follow =
        new ProcessBuilder(
                kubectl,
                "--kubeconfig",
                demo.kubeconfig().toString(),
                "logs",
                "-f",
                "--tail",
                "1",
                runningPod("app3"))
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    try {
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> Files.readString(out).lines().count() >= 3);
      assertThat(follow.isAlive()).isTrue();
      assertThat(Files.readString(out)).containsPattern("(GET|POST|PUT) /\\S+ \\d{3}");
    } finally {
      follow.destroy();
      follow.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void logsOfAnUnknownPodSayNotFound() {
    assertThatThrownBy(() -> kubectl("logs", "nope"))
        .hasMessageContaining("NotFound")
        .hasMessageContaining("nope");
  }

  private static String runningPod(String app) {
    String names =
        kubectl(
            "get",
            "pods",
            "-l",
            "app=" + app,
            "-o",
            "jsonpath={.items[?(@.status.phase==\"Running\")].metadata.name}");
    return names.trim().split("\\s+")[0];
  }

  private static String kubectl(String... args) {
    List<String> command =
        new ArrayList<>(List.of(kubectl, "--kubeconfig", demo.kubeconfig().toString()));
    command.addAll(List.of(args));
    try {
      Path out = Files.createTempFile(dir, "kubectl", ".out");
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("kubectl timed out: " + command);
      }
      String text = Files.readString(out, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new AssertionError(
            "kubectl failed (" + process.exitValue() + "): " + command + "\n" + text);
      }
      return text;
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String findKubectl() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, "kubectl");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
