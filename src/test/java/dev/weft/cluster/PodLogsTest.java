package dev.weft.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.weft.demo.DemoFabric;
import dev.weft.demo.DemoOptions;
import dev.weft.demo.RunningDemo;
import dev.weft.demo.api.ResourceType;
import dev.weft.demo.sim.Timings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/// Pod logs followed through the demo's kubeconfig: lines arrive and keep coming, close stops
/// them, and failures come as one readable line.
class PodLogsTest {
  @TempDir static Path dir;
  static RunningDemo demo;
  static ExecutorService executor;
  static PodLogs logs;

  @BeforeAll
  static void start() {
    demo =
        DemoFabric.start(
            DemoOptions.defaults()
                .withZones(1)
                .withReplicas(1)
                .withOutDir(dir)
                .withTimings(Timings.fast()));
    executor = Executors.newVirtualThreadPerTaskExecutor();
    logs =
        new PodLogs(
            new KubeClients(KubeconfigSource.of(demo.kubeconfig()), LinkTiming.defaults()),
            executor);
  }

  @AfterAll
  static void stop() {
    executor.shutdownNow();
    demo.close();
  }

  @Test
  void followDeliversTheTailThenNewLinesUntilClosed() throws Exception {
    String pod = runningPod();
    List<String> lines = new CopyOnWriteArrayList<>();
    AutoCloseable follow = logs.follow(context(), demo.namespace(), pod, lines::add);
    await().atMost(Duration.ofSeconds(10)).until(() -> lines.size() >= 3);
    int before = lines.size();
    await().atMost(Duration.ofSeconds(10)).until(() -> lines.size() > before);
    assertThat(lines).anyMatch(l -> l.matches("(INFO|WARN) .*"));
    assertThat(lines).noneMatch(l -> l.startsWith(PodLogs.UNAVAILABLE));

    follow.close();
    int closed = lines.size();
    await()
        .during(Duration.ofMillis(1_500))
        .atMost(Duration.ofSeconds(3))
        .until(() -> lines.size() == closed);
  }

  @Test
  void crashLoopingPodShowsItsFatalLineThenTheEnd() {
    String zone = demo.zoneNames().getFirst();
    demo.scenarios().badCanary("app2", zone);
    String pod = pod("app2", p -> p.toString().contains("-bad\"") && !pending(p));
    List<String> lines = new CopyOnWriteArrayList<>();
    logs.follow(context(), demo.namespace(), pod, lines::add);
    await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains(PodLogs.ENDED));
    assertThat(lines.get(lines.size() - 2)).startsWith("FATAL ");
    assertThat(lines.getFirst()).contains("starting app2");
  }

  @Test
  void unknownPodIsOneClearLine() {
    List<String> lines = new CopyOnWriteArrayList<>();
    logs.follow(context(), demo.namespace(), "nope", lines::add);
    await().atMost(Duration.ofSeconds(10)).until(() -> !lines.isEmpty());
    await()
        .during(Duration.ofMillis(300))
        .until(() -> lines.equals(List.of("log unavailable: pod health/nope not found")));
  }

  @Test
  void unknownContextFailsClosed() {
    List<String> lines = new CopyOnWriteArrayList<>();
    logs.follow("no-such-context", demo.namespace(), "nope", lines::add);
    await().atMost(Duration.ofSeconds(10)).until(() -> !lines.isEmpty());
    assertThat(lines)
        .singleElement()
        .asString()
        .startsWith("log unavailable: context 'no-such-context' not found in kubeconfig");
  }

  @Test
  void unreachableServerIsOneClearLine() {
    Path kubeconfig = dir.resolve("dead.yaml");
    writeDeadKubeconfig(kubeconfig);
    List<String> lines = new CopyOnWriteArrayList<>();
    new PodLogs(new KubeClients(KubeconfigSource.of(kubeconfig), LinkTiming.defaults()), executor)
        .follow("dead", "health", "p1", lines::add);
    await().atMost(Duration.ofSeconds(10)).until(() -> !lines.isEmpty());
    assertThat(lines).singleElement().asString().startsWith("log unavailable: ");
    assertThat(lines.getFirst()).contains("127.0.0.1:1").doesNotContain("Exception", "\tat ");
  }

  private static String context() {
    return demo.contextOf(demo.zoneNames().getFirst());
  }

  private static String runningPod() {
    return pod("app1", p -> !pending(p));
  }

  private static boolean pending(JsonNode pod) {
    return pod.path("status").path("phase").asString("Pending").equals("Pending");
  }

  private static String pod(String app, Predicate<JsonNode> which) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                demo
                    .store(demo.zoneNames().getFirst())
                    .list(
                        ResourceType.PODS,
                        demo.namespace(),
                        p ->
                            p.path("metadata").path("labels").path("app").asString("").equals(app)
                                && which.test(p))
                    .stream()
                    .map(p -> p.path("metadata").path("name").asString(""))
                    .findFirst()
                    .orElse(null),
            name -> name != null);
  }

  private static void writeDeadKubeconfig(Path file) {
    try {
      java.nio.file.Files.writeString(
          file,
          """
          apiVersion: v1
          kind: Config
          clusters:
          - name: dead
            cluster: {server: "http://127.0.0.1:1"}
          users:
          - name: dead
            user: {token: "secret-token-never-shown"}
          contexts:
          - name: dead
            context: {cluster: dead, user: dead}
          """);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
