package dev.weft.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.cluster.ClusterChange.DeploymentUpserted;
import dev.weft.cluster.ClusterChange.EventSeen;
import dev.weft.cluster.ClusterChange.LinkChanged;
import dev.weft.cluster.ClusterChange.ObjectUnreadable;
import dev.weft.cluster.ClusterChange.PodUpserted;
import dev.weft.cluster.ClusterChange.Resynced;
import dev.weft.cluster.ClusterChange.RouteChanged;
import dev.weft.cluster.ClusterChange.ServiceUpserted;
import dev.weft.demo.DemoFabric;
import dev.weft.demo.DemoOptions;
import dev.weft.demo.RunningDemo;
import dev.weft.demo.sim.Timings;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import dev.weft.fabric.Zone;
import dev.weft.testing.BadKubeconfigs;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// The lean one-shot read (JDK HTTP client, JSON trees) gives the very changes fabric8's read
/// gives, on the demo: every pod (restarts counted from restartCount and lastState, kubectl's
/// status of a crash-looping pod), deployment, warning, service and the route; a forbidden
/// viewer as FORBIDDEN naming verb, resource and user; an unreachable server as LOST within the
/// timeout. A context it cannot serve (an exec plugin) is left to the fabric8 path.
@Timeout(120)
class LeanListOnceTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  @TempDir static Path dir;
  static RunningDemo demo;
  static Fabric fabric;
  static KubeconfigSource kubeconfig;

  @BeforeAll
  static void startDemo() {
    demo =
        DemoFabric.start(
            DemoOptions.defaults().withOutDir(dir.resolve("demo")).withTimings(Timings.fast()));
    fabric = ((FabricReadResult.Valid) new FabricReader().read(demo.fabricFile())).fabric();
    kubeconfig = KubeconfigSource.forFabric(fabric);
  }

  @AfterAll
  static void stopDemo() {
    demo.close();
  }

  @AfterEach
  void reset() {
    demo.scenarios().reset();
  }

  @Test
  void everyZoneAndTheGatewayReadTheSameAsFabric8() throws Exception {
    for (Zone zone : fabric.zones()) {
      List<Object> lean = lean(zoneLean(zone.name()).orElseThrow());
      List<Object> typed = fabric8(zoneRead(zone.name()));
      assertThat(lean).as(zone.name()).containsExactlyInAnyOrderElementsOf(typed);
      assertThat(lean).contains("LIVE:").anyMatch(c -> c instanceof PodInfo);
    }
    var g = fabric.gateway();
    List<Object> route =
        lean(
            LeanListOnce.gateway(kubeconfig, g.context(), g.namespace(), g.route(), TIMEOUT)
                .orElseThrow());
    assertThat(route)
        .containsExactlyInAnyOrderElementsOf(
            fabric8(ListOnce.gateway(g.context(), g.namespace(), g.route()), kubeconfig));
    assertThat(route).anyMatch(c -> c instanceof RouteInfo r && !r.weights().isEmpty());
  }

  @Test
  void crashLoopingPodsProjectTheSameFromTheSameJson() throws Exception {
    demo.scenarios().badCanary("app1", "gz-1");
    var serialization = new io.fabric8.kubernetes.client.utils.KubernetesSerialization();
    Zone gz1 = fabric.zone("gz-1").orElseThrow();
    LeanHttp http = LeanHttp.open(kubeconfig, gz1.context(), TIMEOUT).orElseThrow();
    try (http) {
      org.awaitility.Awaitility.await()
          .atMost(60, TimeUnit.SECONDS)
          .untilAsserted(
              () -> {
                var answer =
                    http.get("/api/v1/namespaces/health/pods", TIMEOUT).get(30, TimeUnit.SECONDS);
                var items = tools.jackson.databind.json.JsonMapper.shared().readTree(answer.body());
                List<PodInfo> lean = new ArrayList<>();
                List<PodInfo> typed = new ArrayList<>();
                for (var item : items.path("items")) {
                  lean.add(LeanProjections.pod(item));
                  typed.add(
                      Projections.pod(
                          serialization.unmarshal(
                              item.toString(), io.fabric8.kubernetes.api.model.Pod.class)));
                }
                assertThat(lean).isEqualTo(typed);
                // Restarts count from the pod's own restartCount and lastState.
                assertThat(lean)
                    .anyMatch(
                        p ->
                            p.restarts() > 0
                                && p.lastRestartAt() != null
                                && p.lastTermination() != null
                                && "CrashLoopBackOff".equals(p.status()));
              });
    }
  }

  @Test
  void aForbiddenViewerIsForbiddenNamingVerbResourceAndUser() throws Exception {
    demo.scenarios().revoke("gz-1", "viewer");
    String context = "weft-demo-gz-1-viewer";
    List<Object> lean =
        lean(LeanListOnce.zone(kubeconfig, "gz-1", context, "health", TIMEOUT).orElseThrow());
    List<Object> typed = fabric8(ListOnce.zone("gz-1", context, "health"), kubeconfig);

    assertThat(lean).isEqualTo(typed);
    assertThat(lean.getLast().toString())
        .startsWith("FORBIDDEN:user \"")
        .contains("cannot list")
        .doesNotContain("Exception");
  }

  @Test
  void anUnreachableServerIsLostWithinTheTimeout() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path file =
        Files.writeString(
            dir.resolve("unreachable"),
            """
            apiVersion: v1
            kind: Config
            clusters: [{name: c, cluster: {server: "https://127.0.0.1:%d"}}]
            users: [{name: u, user: {token: %s}}]
            contexts: [{name: x, context: {cluster: c, user: u}}]
            """
                .formatted(port, BadKubeconfigs.TOKEN));
    long start = System.nanoTime();
    List<Object> lean =
        lean(
            LeanListOnce.zone(KubeconfigSource.of(file), "z", "x", "health", Duration.ofSeconds(2))
                .orElseThrow());

    assertThat(lean).containsExactly("CONNECTING:", "LOST:connection refused 127.0.0.1:" + port);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT);
  }

  /// A server (or a proxy in its place) that answered with 500 MB ran Weft out of memory, and
  /// one that answered with HTML read "cannot reach".
  @Test
  void anEndlessAnswerIsCutAndAnHtmlOneIsNotKubernetes() throws Exception {
    com.sun.net.httpserver.HttpServer server =
        com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          boolean html = exchange.getRequestURI().getPath().startsWith("/html");
          exchange.sendResponseHeaders(200, 0);
          try (var out = exchange.getResponseBody()) {
            if (html) {
              out.write("<html><body>Sign in</body></html>".getBytes());
              return;
            }
            byte[] chunk = new byte[1 << 16];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 4096; i++) {
              out.write(chunk);
            }
          } catch (java.io.IOException cancelled) {
            // The client stopped reading: as it should.
          }
        });
    server.start();
    try {
      int port = server.getAddress().getPort();
      for (String path : new String[] {"", "/html"}) {
        Path file =
            Files.writeString(
                dir.resolve("endless"),
                """
                apiVersion: v1
                kind: Config
                clusters: [{name: c, cluster: {server: "http://127.0.0.1:%d%s"}}]
                users: [{name: u, user: {token: %s}}]
                contexts: [{name: x, context: {cluster: c, user: u}}]
                """
                    .formatted(port, path, BadKubeconfigs.TOKEN));
        List<Object> lean =
            lean(
                LeanListOnce.zone(
                        KubeconfigSource.of(file), "z", "x", "health", Duration.ofSeconds(20))
                    .orElseThrow());
        assertThat(lean)
            .last()
            .asString()
            .contains(
                path.isEmpty()
                    ? "LOST:the answer is over 64 MiB from 127.0.0.1:" + port
                    : "LOST:the answer from 127.0.0.1:" + port + " is not Kubernetes JSON");
        if (path.isEmpty()) {
          // fabric8's path (the window's) is cut too: its probe at 1 MiB, its lists at 64 MiB.
          assertThat(fabric8(ListOnce.zone("z", "x", "health"), KubeconfigSource.of(file)))
              .last()
              .asString()
              .contains("the answer is over")
              .contains("from 127.0.0.1:" + port);
        }
      }
    } finally {
      server.stop(0);
    }
  }

  /// A server that answers in 2 s is SLOW, not "timed out": one list after another took the
  /// four lists 8 s, and `weft status` gave up at 10 s before it could say so.
  @Test
  void aSlowServerIsSlowWithinTheDefaultTimeout() throws Exception {
    demo.scenarios().slowApi("gz-1", Duration.ofSeconds(2));
    Zone z = fabric.zone("gz-1").orElseThrow();
    List<ClusterChange> changes = new ArrayList<>();
    long start = System.nanoTime();
    try (LeanListOnce read =
        LeanListOnce.zone(kubeconfig, "gz-1", z.context(), z.namespace(), TIMEOUT).orElseThrow()) {
      read.read(LinkTiming.defaults(), Clock.systemUTC(), Duration.ofSeconds(10), changes::addAll);
    }
    assertThat(normalized(changes)).last().asString().startsWith("SLOW:API answers in");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aContextWithAnExecPluginIsLeftToFabric8() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("exec"),
            """
            apiVersion: v1
            kind: Config
            clusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]
            users: [{name: u, user: {exec: {apiVersion: client.authentication.k8s.io/v1, \
            command: some-plugin}}}]
            contexts: [{name: x, context: {cluster: c, user: u}}]
            """);

    assertThat(LeanListOnce.zone(KubeconfigSource.of(file), "z", "x", "health", TIMEOUT)).isEmpty();
    assertThat(LeanContext.resolve(kubeconfig, "weft-demo-gz-1")).isPresent();
  }

  private static Optional<LeanListOnce> zoneLean(String zone) {
    Zone z = fabric.zone(zone).orElseThrow();
    return LeanListOnce.zone(kubeconfig, zone, z.context(), z.namespace(), TIMEOUT);
  }

  private static ListOnce zoneRead(String zone) {
    Zone z = fabric.zone(zone).orElseThrow();
    return ListOnce.zone(zone, z.context(), z.namespace());
  }

  private static List<Object> lean(LeanListOnce read) throws InterruptedException {
    List<ClusterChange> changes = new ArrayList<>();
    try (read) {
      read.read(LinkTiming.defaults(), Clock.systemUTC(), TIMEOUT, changes::addAll);
    }
    return normalized(changes);
  }

  private static List<Object> fabric8(ListOnce read) throws InterruptedException {
    return fabric8(read, kubeconfig);
  }

  private static List<Object> fabric8(ListOnce read, KubeconfigSource source)
      throws InterruptedException {
    List<ClusterChange> changes = new ArrayList<>();
    try (KubeClients clients = new KubeClients(source, LinkTiming.defaults())) {
      read.read(clients, LinkTiming.defaults(), Clock.systemUTC(), TIMEOUT, changes::addAll);
    }
    return normalized(changes);
  }

  /// What the model is built from, without the instants and latencies that differ by run.
  private static List<Object> normalized(List<ClusterChange> changes) {
    return changes.stream()
        .map(
            c ->
                switch (c) {
                  case PodUpserted p -> (Object) p.pod();
                  case DeploymentUpserted d -> d.deployment();
                  case EventSeen e -> e.event();
                  case ServiceUpserted s -> s.service();
                  case RouteChanged r -> r.route() == null ? "no route" : r.route();
                  case ObjectUnreadable u -> u.kind() + " " + u.name() + " " + u.field();
                  case Resynced r -> r.names();
                  case LinkChanged l -> l.phase() + ":" + l.reason();
                  default -> c.getClass().getSimpleName();
                })
        .toList();
  }
}
