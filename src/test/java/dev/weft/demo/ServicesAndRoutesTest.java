package dev.weft.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/// Services as the API server's Service strategy treats them (ExternalName without cluster IP or
/// endpoints, cluster IPs allocated and checked), HTTPRoutes within the Gateway API limits, and
/// the gateway controller's route status.
class ServicesAndRoutesTest {
  private static final String ROUTE =
      "/apis/gateway.networking.k8s.io/v1/namespaces/edge/httproutes/";
  private static final String SVC = "/api/v1/namespaces/health/services/";
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

  @AfterAll
  static void stop() {
    gz.close();
    demo.close();
  }

  private static Service service(String name) {
    return gz.services().inNamespace("health").withName(name).get();
  }

  @Test
  void externalNameAndBackKeepsARequestedFreeIpAndRefusesATakenOne() {
    Service created =
        gz.services()
            .inNamespace("health")
            .resource(
                new ServiceBuilder()
                    .withNewMetadata()
                    .withName("flip")
                    .endMetadata()
                    .withNewSpec()
                    .withClusterIP("10.96.200.7")
                    .addToSelector("app", "app1")
                    .addNewPort()
                    .withPort(8080)
                    .endPort()
                    .endSpec()
                    .build())
            .create();
    assertThat(created.getSpec().getClusterIP()).isEqualTo("10.96.200.7");
    await()
        .until(
            () ->
                gz.discovery()
                        .v1()
                        .endpointSlices()
                        .inNamespace("health")
                        .withName("flip-weft")
                        .get()
                    != null);

    RawApi.Answer noName =
        zone.send("PATCH", SVC + "flip", MERGE, "{\"spec\":{\"type\":\"ExternalName\"}}");
    assertThat(noName.code()).isEqualTo(422);
    assertThat(noName.message())
        .isEqualTo("Service \"flip\" is invalid: spec.externalName: Required value");

    RawApi.Answer external =
        zone.send(
            "PATCH",
            SVC + "flip",
            MERGE,
            "{\"spec\":{\"type\":\"ExternalName\",\"externalName\":\"app1.sh-1.health.example\"}}");
    assertThat(external.code()).isEqualTo(200);
    assertThat(external.body().path("spec").has("clusterIP")).isFalse();
    await()
        .until(
            () ->
                gz.discovery()
                        .v1()
                        .endpointSlices()
                        .inNamespace("health")
                        .withName("flip-weft")
                        .get()
                    == null);

    String taken = service("app1").getSpec().getClusterIP();
    RawApi.Answer clash =
        zone.send(
            "PATCH",
            SVC + "flip",
            MERGE,
            "{\"spec\":{\"type\":\"ClusterIP\",\"externalName\":null,\"clusterIP\":\""
                + taken
                + "\"}}");
    assertThat(clash.code()).isEqualTo(422);
    assertThat(clash.message())
        .isEqualTo(
            "Service \"flip\" is invalid: spec.clusterIPs: Invalid value: []string{\""
                + taken
                + "\"}: failed to allocate IP "
                + taken
                + ": provided IP is already allocated");

    RawApi.Answer back =
        zone.send(
            "PATCH",
            SVC + "flip",
            MERGE,
            "{\"spec\":{\"type\":\"ClusterIP\",\"externalName\":null,\"clusterIP\":\"10.96.200.7\"}}");
    assertThat(back.code()).isEqualTo(200);
    assertThat(service("flip").getSpec().getClusterIP()).isEqualTo("10.96.200.7");
    assertThat(service("flip").getSpec().getClusterIPs()).containsExactly("10.96.200.7");
    await()
        .until(
            () ->
                gz.discovery()
                        .v1()
                        .endpointSlices()
                        .inNamespace("health")
                        .withName("flip-weft")
                        .get()
                    != null);
  }

  @Test
  void aServiceWithoutClusterIpGetsOneFromTheServiceRange() {
    Service plain =
        gz.services()
            .inNamespace("health")
            .resource(
                new ServiceBuilder()
                    .withNewMetadata()
                    .withName("plain")
                    .endMetadata()
                    .withNewSpec()
                    .addNewPort()
                    .withPort(80)
                    .endPort()
                    .endSpec()
                    .build())
            .create();
    assertThat(plain.getSpec().getClusterIP()).startsWith("10.96.");
    assertThat(plain.getSpec().getType()).isEqualTo("ClusterIP");
  }

  @Test
  void routesOutsideTheGatewayApiLimitsAreRefused() {
    RawApi.Answer heavy =
        gateway.send(
            "PATCH",
            ROUTE + "health",
            "application/json-patch+json",
            "[{\"op\":\"replace\",\"path\":\"/spec/rules/0/backendRefs/0/weight\",\"value\":1000001}]");
    assertThat(heavy.code()).isEqualTo(422);
    assertThat(heavy.message())
        .isEqualTo(
            "HTTPRoute.gateway.networking.k8s.io \"health\" is invalid:"
                + " spec.rules[0].backendRefs[0].weight: Invalid value: 1000001:"
                + " spec.rules[0].backendRefs[0].weight in body should be less than or equal to"
                + " 1000000");
    StringBuilder refs = new StringBuilder();
    for (int i = 0; i < 17; i++) {
      refs.append(i == 0 ? "" : ",").append("{\"name\":\"health-gz-1\",\"port\":8080}");
    }
    RawApi.Answer many =
        gateway.send(
            "PATCH",
            ROUTE + "health",
            "application/json-patch+json",
            "[{\"op\":\"replace\",\"path\":\"/spec/rules/0/backendRefs\",\"value\":["
                + refs
                + "]}]");
    assertThat(many.code()).isEqualTo(422);
    assertThat(many.message())
        .endsWith("spec.rules[0].backendRefs: Too many: 17: must have at most 16 items");
    RawApi.Answer strategic =
        gateway.send(
            "PATCH",
            ROUTE + "health",
            "application/strategic-merge-patch+json",
            "{\"metadata\":{}}");
    assertThat(strategic.code()).isEqualTo(415);
    assertThat(strategic.message())
        .isEqualTo(
            "the body of the request was in an unknown format - accepted media types include:"
                + " application/json-patch+json, application/merge-patch+json");
  }

  @Test
  void theGatewayControllerReportsAcceptedAndResolvedRefsAtTheRoutesGeneration() {
    await().until(() -> condition(gateway.get(ROUTE + "health").body(), "ResolvedRefs") != null);
    JsonNode route = gateway.get(ROUTE + "health").body();
    long generation = route.path("metadata").path("generation").asLong();
    assertThat(condition(route, "Accepted").path("status").asString()).isEqualTo("True");
    assertThat(condition(route, "ResolvedRefs").path("status").asString()).isEqualTo("True");
    assertThat(condition(route, "Accepted").path("observedGeneration").asLong())
        .isEqualTo(generation);

    RawApi.Answer annotated =
        gateway.send(
            "PATCH", ROUTE + "health", MERGE, "{\"metadata\":{\"annotations\":{\"a\":\"b\"}}}");
    assertThat(annotated.body().path("metadata").path("generation").asLong()).isEqualTo(generation);

    int last = route.path("spec").path("rules").size() - 1;
    RawApi.Answer broken =
        gateway.send(
            "PATCH",
            ROUTE + "health",
            "application/json-patch+json",
            "[{\"op\":\"replace\",\"path\":\"/spec/rules/"
                + last
                + "/backendRefs/0/name\",\"value\":\"health-nowhere\"}]");
    assertThat(broken.code()).isEqualTo(200);
    assertThat(broken.body().path("metadata").path("generation").asLong())
        .isEqualTo(generation + 1);
    await()
        .until(
            () ->
                "BackendNotFound"
                    .equals(
                        condition(gateway.get(ROUTE + "health").body(), "ResolvedRefs")
                            .path("reason")
                            .asString()));
    JsonNode after = gateway.get(ROUTE + "health").body();
    assertThat(condition(after, "ResolvedRefs").path("status").asString()).isEqualTo("False");
    assertThat(condition(after, "ResolvedRefs").path("observedGeneration").asLong())
        .isEqualTo(generation + 1);
    assertThat(condition(after, "ResolvedRefs").path("message").asString())
        .contains("health-nowhere");
  }

  private static JsonNode condition(JsonNode route, String type) {
    for (JsonNode c : route.path("status").path("parents").path(0).path("conditions")) {
      if (c.path("type").asString().equals(type)) {
        return c;
      }
    }
    return null;
  }
}
