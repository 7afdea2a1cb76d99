package dev.weft.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/// The write-fault scenarios as a writer meets them: writes failing while reads work, one
/// resource that always conflicts, answers that come after the write was made, another actor
/// rewriting what Weft writes; and the scenario commands' messages for bad arguments.
class WriteFaultsTest {
  private static final String ROUTE =
      "/apis/gateway.networking.k8s.io/v1/namespaces/edge/httproutes/health";
  private static final String MERGE = "application/merge-patch+json";

  @TempDir static Path dir;
  static RunningDemo demo;
  static KubernetesClient gz;
  static RawApi zone;
  static RawApi gateway;

  @BeforeAll
  static void start() {
    demo = DemoClients.fastDemo(dir, 2, 1);
    gz = DemoClients.zoneClient(demo, "gz-1");
    zone = new RawApi(demo, "gz-1");
    gateway = new RawApi(demo, "gateway");
  }

  @AfterEach
  void reset() {
    demo.scenarios().reset();
  }

  @AfterAll
  static void stop() {
    gz.close();
    demo.close();
  }

  private static void annotate(String key, String value) {
    gz.apps()
        .deployments()
        .inNamespace("health")
        .withName("app1")
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"metadata\":{\"annotations\":{\"" + key + "\":\"" + value + "\"}}}");
  }

  @Test
  void writeErrorsFailEveryWriteWhileReadsWork() {
    demo.scenarios().writeErrors("gz-1");
    assertThat(DemoClients.pods(gz, "app1")).isNotEmpty();
    assertThatThrownBy(() -> annotate("w", "1"))
        .isInstanceOfSatisfying(
            KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(500));
    demo.scenarios().reset();
    annotate("w", "2");
  }

  @Test
  void conflictsRefuseEveryUpdateOfOneResource() {
    demo.scenarios().conflicts("gateway", "httproutes");
    RawApi.Answer answer =
        gateway.send("PATCH", ROUTE, MERGE, "{\"metadata\":{\"labels\":{\"x\":\"y\"}}}");
    assertThat(answer.code()).isEqualTo(409);
    assertThat(answer.message())
        .isEqualTo(
            "Operation cannot be fulfilled on httproutes.gateway.networking.k8s.io \"health\":"
                + " the object has been modified; please apply your changes to the latest version"
                + " and try again");
    assertThat(gateway.get(ROUTE).code()).isEqualTo(200);
    assertThat(
            gateway
                .send(
                    "PATCH",
                    "/api/v1/namespaces/edge/services/health-gz-1",
                    MERGE,
                    "{\"metadata\":{\"labels\":{\"x\":\"y\"}}}")
                .code())
        .isEqualTo(200);
  }

  @Test
  void aLaggingWriteIsVisibleBeforeItsAnswerArrives() {
    String path = "/apis/apps/v1/namespaces/health/deployments/app1";
    assertThat(zone.get(path).code()).isEqualTo(200);
    demo.scenarios().writeLag("gz-1", Duration.ofSeconds(6));
    CompletableFuture<RawApi.Answer> write =
        CompletableFuture.supplyAsync(
            () ->
                zone.send(
                    "PATCH",
                    "/apis/apps/v1/namespaces/health/deployments/app1",
                    MERGE,
                    "{\"metadata\":{\"annotations\":{\"lag\":\"stored\"}}}"));
    await()
        .pollInterval(Duration.ofMillis(20))
        .until(
            () ->
                write.isDone()
                    || "stored"
                        .equals(
                            zone.get(path)
                                .body()
                                .path("metadata")
                                .path("annotations")
                                .path("lag")
                                .asString("")));
    assertThat(write).as("the answer came before the change could be seen").isNotDone();
    assertThat(write.join().code()).isEqualTo(200);
  }

  @Test
  void driftRewritesTheRouteToEqualSharesAsTheGitOpsController() {
    demo.scenarios().driftGateway(Duration.ofMillis(200));
    await().until(() -> equalShares(gateway.get(ROUTE).body()));
    JsonNode route = gateway.get(ROUTE).body();
    assertThat(route.path("metadata").path("annotations").path("weft.dev/changed-by").asString())
        .isEqualTo("system:serviceaccount:gitops:controller");
    assertThat(route.path("metadata").path("managedFields").toString())
        .contains("gitops-controller");
    assertThat(demo.auditEvents("gateway"))
        .as("the drift is audited as the GitOps controller's own update")
        .anySatisfy(
            e -> {
              assertThat(e.path("user").path("username").asString())
                  .isEqualTo("system:serviceaccount:gitops:controller");
              assertThat(e.path("verb").asString()).isEqualTo("update");
              assertThat(e.path("objectRef").path("resource").asString()).isEqualTo("httproutes");
            });
    int last = route.path("spec").path("rules").size() - 1;
    RawApi.Answer mine =
        gateway.send(
            "PATCH",
            ROUTE,
            "application/json-patch+json",
            "[{\"op\":\"replace\",\"path\":\"/spec/rules/"
                + last
                + "/backendRefs/0/weight\",\"value\":90}]");
    assertThat(mine.code()).isEqualTo(200);
    await().until(() -> equalShares(gateway.get(ROUTE).body()));
  }

  @Test
  void driftSetsTheImageUntilReset() {
    String image = "registry.example/health/app2:9.9.9";
    demo.scenarios().driftImage("gz-1", "app2", image, Duration.ofMillis(100));
    await().until(() -> image.equals(image("app2")));
    demo.scenarios().reset();
    gz.apps()
        .deployments()
        .inNamespace("health")
        .withName("app2")
        .patch(
            PatchContext.of(PatchType.JSON),
            "[{\"op\":\"replace\",\"path\":\"/spec/template/spec/containers/0/image\","
                + "\"value\":\"registry.example/health/app2:1.5.2\"}]");
    await().until(() -> DemoClients.settled(gz, "app2"));
    assertThat(image("app2")).isEqualTo("registry.example/health/app2:1.5.2");
  }

  @Test
  void badScenarioArgumentsAreNamedAndInputIsEchoedShort() {
    assertThat(run("slow gz-1 -5s")).contains("DURATION must be zero or more").contains("-5s");
    assertThat(run("slow gz-1 fast"))
        .contains("DURATION must be a length of time such as 500ms, 2s or 1m; got 'fast'");
    assertThat(run("churn gz-1 -3/s 5s")).contains("RATE must be a whole number");
    assertThat(run("churn gz-1 10/s -5s")).contains("DURATION must be zero or more");
    assertThat(run("churn gz-1 abc")).contains("RATE must be").doesNotContain("For input string");
    assertThat(run("errors gz-1 403 nosuchresource"))
        .contains("RESOURCE must be one the demo serves")
        .contains("nosuchresource");
    String huge = "x".repeat(1_000_000);
    assertThat(run("slow " + huge + " 2s")).hasSizeLessThan(400);
    assertThat(run(huge)).hasSizeLessThan(400);
    assertThat(run("errors gateway 409 httproutes")).startsWith("ok:");
    assertThat(run("lag gz-1 1s")).startsWith("ok:");
    assertThat(run("drift gz-1 app3 registry.example/health/app3:2.0.0 1s")).startsWith("ok:");
    assertThat(run("drift gz-1 nosuchapp image:1")).contains("error:");
    assertThat(run("reset")).startsWith("ok:");
  }

  private static String run(String line) {
    StringWriter out = new StringWriter();
    ScenarioCommands.run(line, demo.scenarios(), new PrintWriter(out));
    return out.toString();
  }

  private static String image(String app) {
    return gz.apps()
        .deployments()
        .inNamespace("health")
        .withName(app)
        .get()
        .getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .getFirst()
        .getImage();
  }

  private static boolean equalShares(JsonNode route) {
    JsonNode rules = route.path("spec").path("rules");
    JsonNode refs = rules.path(rules.size() - 1).path("backendRefs");
    return refs.size() == 2
        && refs.get(0).path("weight").asInt() == 50
        && refs.get(1).path("weight").asInt() == 50;
  }
}
