package dev.weft.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.demo.DemoActor.Reply;
import dev.weft.demo.api.ApiFaults.ErrorKind;
import dev.weft.demo.api.Json;
import dev.weft.demo.api.ResourceType;
import dev.weft.demo.auth.DemoUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/// Who may do what in the demo, from Java over HTTPS: 401 without a token, Kubernetes' 403
/// body, RBAC objects that change rights at once, revoke and grant, and the audit log.
class DemoAuthTest {
  private static final String ROUTE =
      "/apis/gateway.networking.k8s.io/v1/namespaces/edge/httproutes/health";
  private static final String MERGE = "application/merge-patch+json";

  @TempDir static Path dir;
  static RunningDemo demo;

  @BeforeAll
  static void start() {
    demo = DemoClients.fastDemo(dir, 1, 1);
  }

  @AfterAll
  static void stop() {
    demo.close();
  }

  @AfterEach
  void reset() {
    demo.scenarios().reset();
  }

  @Test
  void noTokenOrAnUnknownOneIsUnauthorized() throws Exception {
    HttpClient http = HttpClient.newBuilder().sslContext(demo.trustingSslContext()).build();
    for (String auth : List.of("", "Bearer not-a-demo-token")) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(
              URI.create(demo.apiUrl("gz-1") + "/api/v1/namespaces/health/pods"));
      if (!auth.isEmpty()) {
        request.header("Authorization", auth);
      }
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.body())
          .isEqualTo(
              "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                  + "\"message\":\"Unauthorized\",\"reason\":\"Unauthorized\",\"code\":401}");
    }
    // The streamed paths (plain HTTP watch, pod logs) are guarded too.
    HttpResponse<String> watch =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(demo.apiUrl("gz-1") + "/api/v1/namespaces/health/pods?watch=1"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(watch.statusCode()).isEqualTo(401);
  }

  @Test
  void aViewerIsRefusedWithKubernetesForbiddenBodyAndNothingIsStored() {
    long before = demo.store("gz-1").resourceVersion();
    Reply refused =
        demo.actor("gateway", "viewer")
            .patch(ROUTE, MERGE, "{\"metadata\":{\"labels\":{\"x\":\"y\"}}}");
    assertThat(refused.code()).isEqualTo(403);
    assertThat(Json.string(refused.body()))
        .isEqualTo(
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                + "\"message\":\"httproutes.gateway.networking.k8s.io \\\"health\\\" is forbidden:"
                + " User \\\"viewer\\\" cannot patch resource \\\"httproutes\\\" in API group"
                + " \\\"gateway.networking.k8s.io\\\" in the namespace \\\"edge\\\"\","
                + "\"reason\":\"Forbidden\",\"details\":{\"name\":\"health\","
                + "\"group\":\"gateway.networking.k8s.io\",\"kind\":\"httproutes\"},\"code\":403}");
    assertThat(demo.actor("gateway", "admin").get(ROUTE).body().path("metadata").has("labels"))
        .isFalse();
    Reply delete =
        demo.actor("gz-1", "viewer").delete("/apis/apps/v1/namespaces/health/deployments/app1");
    assertThat(delete.code()).isEqualTo(403);
    assertThat(demo.store("gz-1").get(ResourceType.DEPLOYMENTS, "health", "app1")).isNotNull();
    assertThat(demo.store("gz-1").resourceVersion()).isGreaterThanOrEqualTo(before);
  }

  @Test
  void aForbiddenWriteIsAuditedAndTheLogHoldsNoToken() throws Exception {
    demo.actor("gz-1", "viewer")
        .patch(
            "/apis/apps/v1/namespaces/health/deployments/app1",
            MERGE,
            "{\"spec\":{\"replicas\":5}}");
    ObjectNode event = demo.auditEvents("gz-1").getLast();
    assertThat(event.path("apiVersion").asString()).isEqualTo("audit.k8s.io/v1");
    assertThat(event.path("stage").asString()).isEqualTo("ResponseComplete");
    assertThat(event.path("verb").asString()).isEqualTo("patch");
    assertThat(event.path("user").path("username").asString()).isEqualTo("viewer");
    assertThat(event.path("objectRef").path("resource").asString()).isEqualTo("deployments");
    assertThat(event.path("objectRef").path("name").asString()).isEqualTo("app1");
    assertThat(event.path("objectRef").path("apiGroup").asString()).isEqualTo("apps");
    assertThat(event.path("responseStatus").path("code").asInt()).isEqualTo(403);
    assertThat(event.path("annotations").path("authorization.k8s.io/decision").asString())
        .isEqualTo("forbid");
    assertThat(
            demo.store("gz-1")
                .get(ResourceType.DEPLOYMENTS, "health", "app1")
                .path("spec")
                .path("replicas")
                .asInt())
        .isEqualTo(1);
    String log = Files.readString(demo.auditLog("gz-1"));
    assertThat(log).contains("\"username\":\"viewer\"");
    for (String user : DemoUsers.PEOPLE) {
      assertThat(log).doesNotContain(demo.bearerToken("gz-1", user));
    }
  }

  @Test
  void readsAreNotAuditedAndADryRunIsMarked() {
    int before = demo.auditEvents("gz-1").size();
    assertThat(demo.actor("gz-1", "viewer").get("/api/v1/namespaces/health/pods").code())
        .isEqualTo(200);
    assertThat(demo.auditEvents("gz-1")).hasSize(before);
    demo.actor("gz-1", "admin")
        .patch(
            "/apis/apps/v1/namespaces/health/deployments/app1?dryRun=All",
            MERGE,
            "{\"metadata\":{\"labels\":{\"dry\":\"run\"}}}");
    ObjectNode event = demo.auditEvents("gz-1").getLast();
    assertThat(event.path("annotations").path("weft.dev/dry-run").asString()).isEqualTo("All");
    assertThat(event.path("requestURI").asString()).endsWith("?dryRun=All");
    assertThat(event.path("annotations").path("authorization.k8s.io/reason").asString())
        .isEqualTo(
            "RBAC: allowed by ClusterRoleBinding \"weft-demo:admin\" of ClusterRole"
                + " \"cluster-admin\" to User \"admin\"");
  }

  @Test
  void aNewRoleBindingGrantsAtOnceAndDeletingItTakesItBack() {
    String pods = "/api/v1/namespaces/health/pods?labelSelector=app%3Dapp1";
    DemoActor viewer = demo.actor("gz-1", "viewer");
    String deletePath = "/apis/apps/v1/namespaces/health/deployments/app3";
    ObjectNode binding =
        Json.object().put("apiVersion", "rbac.authorization.k8s.io/v1").put("kind", "RoleBinding");
    binding.putObject("metadata").put("name", "viewer-edits");
    binding
        .putArray("subjects")
        .addObject()
        .put("kind", "User")
        .put("name", "viewer")
        .put("apiGroup", "rbac.authorization.k8s.io");
    binding
        .putObject("roleRef")
        .put("kind", "ClusterRole")
        .put("name", "cluster-admin")
        .put("apiGroup", "rbac.authorization.k8s.io");
    DemoActor admin = demo.actor("gz-1", "admin");
    assertThat(
            admin
                .create(
                    "/apis/rbac.authorization.k8s.io/v1/namespaces/health/rolebindings", binding)
                .code())
        .isEqualTo(201);
    assertThat(viewer.patch(deletePath, MERGE, "{\"metadata\":{\"labels\":{\"a\":\"b\"}}}").code())
        .isEqualTo(200);
    assertThat(
            admin
                .delete(
                    "/apis/rbac.authorization.k8s.io/v1/namespaces/health/rolebindings/viewer-edits")
                .code())
        .isEqualTo(200);
    assertThat(viewer.patch(deletePath, MERGE, "{\"metadata\":{\"labels\":{\"a\":\"c\"}}}").code())
        .isEqualTo(403);
    assertThat(viewer.get(pods).code()).isEqualTo(200);
  }

  @Test
  void revokeTakesRightsAwayGrantGivesThemBackAndResetRestoresTheSeed() {
    DemoActor oncall = demo.actor("gateway", "oncall");
    String patch = "{\"metadata\":{\"labels\":{\"touched\":\"yes\"}}}";
    assertThat(oncall.patch(ROUTE, MERGE, patch).code()).isEqualTo(200);
    assertThat(demo.scenarios().revoke("gateway", "oncall")).isEqualTo(2);
    assertThat(oncall.patch(ROUTE, MERGE, patch).code()).isEqualTo(403);
    assertThat(oncall.get(ROUTE).code()).isEqualTo(403);
    assertThat(demo.scenarios().grant("gateway", "oncall")).isEqualTo(2);
    assertThat(oncall.patch(ROUTE, MERGE, patch).code()).isEqualTo(200);
    demo.scenarios().revoke("gateway", "oncall");
    demo.scenarios().reset();
    assertThat(oncall.get(ROUTE).code()).isEqualTo(200);
    StringBuilder out = new StringBuilder();
    java.io.StringWriter text = new java.io.StringWriter();
    assertThat(
            ScenarioCommands.run(
                "revoke gz-1 viewer", demo.scenarios(), new java.io.PrintWriter(text)))
        .isTrue();
    assertThat(demo.actor("gz-1", "viewer").get("/api/v1/namespaces/health/pods").code())
        .isEqualTo(403);
    assertThat(
            ScenarioCommands.run(
                "grant gz-1 viewer", demo.scenarios(), new java.io.PrintWriter(text)))
        .isTrue();
    assertThat(demo.actor("gz-1", "viewer").get("/api/v1/namespaces/health/pods").code())
        .isEqualTo(200);
    assertThat(
            ScenarioCommands.run(
                "revoke gz-1 nobody", demo.scenarios(), new java.io.PrintWriter(text)))
        .isFalse();
    assertThat(text.toString()).contains("unknown demo user 'nobody'");
    assertThat(out).isEmpty();
  }

  @Test
  void theGitopsControllerWritesAsItsServiceAccountAndIsAudited() {
    Reply reply =
        demo.actor("gz-1", DemoUsers.GITOPS.username())
            .patch(
                "/apis/apps/v1/namespaces/health/deployments/app2",
                MERGE,
                "{\"metadata\":{\"labels\":{\"gitops\":\"1\"}}}");
    assertThat(reply.code()).isEqualTo(200);
    ObjectNode event = demo.auditEvents("gz-1").getLast();
    assertThat(event.path("user").path("username").asString())
        .isEqualTo("system:serviceaccount:gitops:controller");
    assertThat(event.path("responseStatus").path("code").asInt()).isEqualTo(200);
  }

  @Test
  void theErrors403ScenarioAnswersWithTheRealForbiddenBody() {
    demo.scenarios().apiErrors("gz-1", ErrorKind.FORBIDDEN, "deployments");
    Reply reply =
        demo.actor("gz-1", "admin").get("/apis/apps/v1/namespaces/health/deployments/app1");
    assertThat(reply.code()).isEqualTo(403);
    assertThat(reply.body().path("message").asString())
        .isEqualTo(
            "deployments.apps \"app1\" is forbidden: User \"admin\" cannot get resource"
                + " \"deployments\" in API group \"apps\" in the namespace \"health\"");
    assertThat(demo.actor("gz-1", "admin").get("/api/v1/namespaces/health/pods").code())
        .isEqualTo(200);
  }
}
