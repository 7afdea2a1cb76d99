package dev.weft.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.LogWatch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Pod logs as fabric8's client reads them from the demo: a tail, a followed stream that grows,
/// that ends when the pod goes, 400 for an unknown container and 404 for an unknown pod.
class PodLogsServedTest {
  @TempDir static Path dir;
  static RunningDemo demo;
  static KubernetesClient gz;

  @BeforeAll
  static void start() {
    demo = DemoClients.fastDemo(dir, 1, 1);
    gz = DemoClients.zoneClient(demo, "gz-1");
    await().atMost(Duration.ofSeconds(20)).until(() -> DemoClients.settled(gz, "app1"));
  }

  @AfterAll
  static void stop() {
    gz.close();
    demo.close();
  }

  @Test
  void tailGivesThatManyAccessLines() {
    String log = pod().tailingLines(5).getLog();
    List<String> lines = log.lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines).allMatch(l -> l.startsWith("INFO  ") || l.startsWith("WARN  "));
    assertThat(log).containsPattern("(GET|POST|PUT) /\\S+ \\d{3} \\d+ms");
  }

  @Test
  void wholeLogStartsWithStartupLinesAndIsSeededByPodName() {
    String log = pod().getLog();
    assertThat(log.lines().findFirst()).hasValueSatisfying(l -> assertThat(l).contains("starting"));
    assertThat(pod().getLog()).isEqualTo(log);
  }

  @Test
  void followStreamsNewLines() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    try (LogWatch watch = pod().tailingLines(1).watchLog()) {
      Thread reader =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try (BufferedReader in =
                        new BufferedReader(
                            new InputStreamReader(watch.getOutput(), StandardCharsets.UTF_8))) {
                      in.lines().forEach(lines::add);
                    } catch (Exception e) {
                      // the watch closed
                    }
                  });
      await().atMost(Duration.ofSeconds(10)).until(() -> lines.size() >= 3);
      reader.interrupt();
    }
  }

  @Test
  void followEndsWhenThePodIsDeleted() throws Exception {
    await().atMost(Duration.ofSeconds(20)).until(() -> DemoClients.settled(gz, "app2"));
    String name = DemoClients.pods(gz, "app2").getFirst().getMetadata().getName();
    try (LogWatch watch = gz.pods().inNamespace("health").withName(name).watchLog()) {
      CompletableFuture<Void> ended =
          CompletableFuture.runAsync(
              () -> {
                try {
                  watch.getOutput().transferTo(OutputStream.nullOutputStream());
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              },
              Executors.newVirtualThreadPerTaskExecutor());
      gz.pods().inNamespace("health").withName(name).delete();
      await().atMost(Duration.ofSeconds(10)).until(ended::isDone);
      assertThat(ended).isCompleted();
    }
  }

  @Test
  void unknownContainerIs400() {
    assertThatThrownBy(() -> pod().inContainer("nope").getLog())
        .isInstanceOfSatisfying(
            KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(400));
  }

  @Test
  void unknownPodIs404() {
    assertThatThrownBy(() -> gz.pods().inNamespace("health").withName("nope").getLog())
        .isInstanceOfSatisfying(
            KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(404));
  }

  private static io.fabric8.kubernetes.client.dsl.PodResource pod() {
    String name = DemoClients.pods(gz, "app1").getFirst().getMetadata().getName();
    return gz.pods().inNamespace("health").withName(name);
  }
}
