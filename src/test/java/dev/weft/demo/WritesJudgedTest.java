package dev.weft.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Writes through fabric8 are judged as kube-apiserver judges them: dry runs store nothing,
/// stale versions conflict, patch types and names are checked, invalid values are refused with
/// the API server's status codes and messages.
class WritesJudgedTest {
  private static final String NS = "health";
  private static final String DEPLOY = "/apis/apps/v1/namespaces/health/deployments/";

  @TempDir static Path dir;
  static RunningDemo demo;
  static KubernetesClient gz;
  static RawApi api;

  @BeforeAll
  static void start() {
    demo = DemoClients.fastDemo(dir, 1, 2);
    gz = DemoClients.zoneClient(demo, "gz-1");
    api = new RawApi(demo, "gz-1");
  }

  @AfterAll
  static void stop() {
    gz.close();
    demo.close();
  }

  private static Deployment app(String name) {
    return gz.apps().deployments().inNamespace(NS).withName(name).get();
  }

  @Test
  void dryRunsOfEveryVerbStoreNothingAndMakeNoWatchEvent() {
    Deployment before = app("app1");
    List<String> seen = new CopyOnWriteArrayList<>();
    try (Watch watch =
        gz.apps()
            .deployments()
            .inNamespace(NS)
            .withName("app1")
            .watch(
                before.getMetadata().getResourceVersion(),
                new Watcher<>() {
                  @Override
                  public void eventReceived(Action action, Deployment d) {
                    seen.add(action + " " + d.getMetadata().getAnnotations().get("marker"));
                  }

                  @Override
                  public void onClose(WatcherException cause) {}
                })) {
      var app1 = gz.apps().deployments().inNamespace(NS).withName("app1");
      Deployment patched =
          app1.dryRun().patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"replicas\":7}}");
      assertThat(patched.getSpec().getReplicas()).isEqualTo(7);
      RawApi.Answer scaled =
          api.send(
              "PATCH",
              DEPLOY + "app1/scale?dryRun=All",
              "application/merge-patch+json",
              "{\"spec\":{\"replicas\":9}}");
      assertThat(scaled.body().path("spec").path("replicas").asInt()).isEqualTo(9);
      Deployment edited = app("app1");
      edited.getMetadata().getAnnotations().put("x", "y");
      gz.resource(edited).dryRun().update();
      app1.dryRun().delete();
      Deployment created =
          gz.resource(
                  new DeploymentBuilder(before)
                      .editMetadata()
                      .withName("ghost")
                      .withResourceVersion(null)
                      .withUid(null)
                      .endMetadata()
                      .withStatus(null)
                      .build())
              .dryRun()
              .create();
      assertThat(created.getMetadata().getUid()).isNotBlank();
      assertThat(app("ghost")).isNull();
      Deployment after = app("app1");
      assertThat(after.getMetadata().getResourceVersion())
          .isEqualTo(before.getMetadata().getResourceVersion());
      assertThat(after.getSpec().getReplicas()).isEqualTo(2);
      // A real change afterwards is the first event the watch gets: the dry runs made none.
      app1.edit(
          d ->
              new DeploymentBuilder(d)
                  .editMetadata()
                  .addToAnnotations("marker", "real")
                  .endMetadata()
                  .build());
      await().until(() -> !seen.isEmpty());
      assertThat(seen.getFirst()).isEqualTo("MODIFIED real");
    }
  }

  @Test
  void anUnknownDryRunValueIsRefusedAsTheApiServerWordsIt() {
    RawApi.Answer answer = api.send("DELETE", DEPLOY + "app2?dryRun=Maybe", null, null);
    assertThat(answer.code()).isEqualTo(422);
    assertThat(answer.message())
        .isEqualTo(
            "DeleteOptions.meta.k8s.io \"\" is invalid: dryRun: Unsupported value:"
                + " []string{\"Maybe\"}: supported values: \"All\"");
    RawApi.Answer inBody =
        api.send(
            "DELETE",
            DEPLOY + "app2",
            "application/json",
            "{\"kind\":\"DeleteOptions\",\"apiVersion\":\"v1\",\"dryRun\":[\"All\"]}");
    assertThat(inBody.code()).isEqualTo(200);
    assertThat(app("app2")).isNotNull();
  }

  @Test
  void staleResourceVersionsConflictOnTheObjectItsScaleAndItsStatus() {
    Deployment stale = app("app3");
    gz.apps()
        .deployments()
        .inNamespace(NS)
        .withName("app3")
        .edit(
            d ->
                new DeploymentBuilder(d)
                    .editMetadata()
                    .addToAnnotations("touch", "1")
                    .endMetadata()
                    .build());
    String message =
        "Operation cannot be fulfilled on deployments.apps \"app3\": the object has been"
            + " modified; please apply your changes to the latest version and try again";
    assertThatThrownBy(() -> gz.resource(stale).update())
        .isInstanceOfSatisfying(
            KubernetesClientException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo(409);
              assertThat(e.getStatus().getMessage()).isEqualTo(message);
            });
    String rv = stale.getMetadata().getResourceVersion();
    RawApi.Answer scale =
        api.send(
            "PUT",
            DEPLOY + "app3/scale",
            "application/json",
            "{\"kind\":\"Scale\",\"apiVersion\":\"autoscaling/v1\",\"metadata\":{\"name\":\"app3\","
                + "\"namespace\":\"health\",\"resourceVersion\":\""
                + rv
                + "\"},\"spec\":{\"replicas\":5}}");
    assertThat(scale.code()).isEqualTo(409);
    assertThat(scale.message()).isEqualTo(message);
    RawApi.Answer status =
        api.send(
            "PATCH",
            DEPLOY + "app3/status",
            "application/merge-patch+json",
            "{\"metadata\":{\"resourceVersion\":\"" + rv + "\"},\"status\":{\"replicas\":1}}");
    assertThat(status.code()).isEqualTo(409);
    assertThat(app("app3").getSpec().getReplicas()).isEqualTo(2);
  }

  @Test
  void aFailedJsonPatchTestIs422AndAPutNamingAnotherObjectIs400() {
    RawApi.Answer failed =
        api.send(
            "PATCH",
            DEPLOY + "app2",
            "application/json-patch+json",
            "[{\"op\":\"test\",\"path\":\"/spec/replicas\",\"value\":99},"
                + "{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":4}]");
    assertThat(failed.code()).isEqualTo(422);
    assertThat(failed.body().path("reason").asString()).isEqualTo("Invalid");
    assertThat(failed.body().toString()).contains("testing value /spec/replicas failed");
    Deployment other = app("app2");
    other.getMetadata().setName("app1");
    other.getMetadata().setResourceVersion(null);
    RawApi.Answer renamed =
        api.send(
            "PUT",
            DEPLOY + "app2",
            "application/json",
            io.fabric8.kubernetes.client.utils.Serialization.asJson(other));
    assertThat(renamed.code()).isEqualTo(400);
    assertThat(renamed.message())
        .isEqualTo("the name of the object (app1) does not match the name on the URL (app2)");
    assertThat(app("app2").getSpec().getReplicas()).isEqualTo(2);
  }

  @Test
  void invalidValuesAreRefusedAndNothingIsStored() {
    RawApi.Answer lots =
        api.send(
            "PATCH",
            DEPLOY + "app1",
            "application/merge-patch+json",
            "{\"spec\":{\"replicas\":\"lots\"}}");
    assertThat(lots.code()).isEqualTo(400);
    assertThat(lots.message())
        .isEqualTo(
            "Deployment in version \"v1\" cannot be handled as a Deployment: json: cannot"
                + " unmarshal string into Go struct field DeploymentSpec.spec.replicas of type"
                + " int32");
    RawApi.Answer negative =
        api.send(
            "PATCH",
            DEPLOY + "app1",
            "application/merge-patch+json",
            "{\"spec\":{\"replicas\":-5}}");
    assertThat(negative.code()).isEqualTo(422);
    assertThat(negative.message())
        .isEqualTo(
            "Deployment.apps \"app1\" is invalid: spec.replicas: Invalid value: -5: must be"
                + " greater than or equal to 0");
    assertThat(negative.body().path("details").path("causes").get(0).path("field").asString())
        .isEqualTo("spec.replicas");
    RawApi.Answer noTemplate =
        api.send(
            "PATCH",
            DEPLOY + "app1",
            "application/merge-patch+json",
            "{\"spec\":{\"template\":null}}");
    assertThat(noTemplate.code()).isEqualTo(422);
    assertThat(noTemplate.message()).contains("spec.template.spec.containers: Required value");
    String huge = "v".repeat(1_000_000);
    RawApi.Answer label =
        api.send(
            "PATCH",
            DEPLOY + "app1",
            "application/merge-patch+json",
            "{\"metadata\":{\"labels\":{\"big\":\"" + huge + "\"}}}");
    assertThat(label.code()).isEqualTo(422);
    assertThat(label.message()).contains("must be no more than 63 characters").hasSizeLessThan(500);
    RawApi.Answer annotations =
        api.send(
            "PATCH",
            DEPLOY + "app1",
            "application/merge-patch+json",
            "{\"metadata\":{\"annotations\":{\"big\":\"" + "a".repeat(300_000) + "\"}}}");
    assertThat(annotations.code()).isEqualTo(422);
    assertThat(annotations.message())
        .endsWith("metadata.annotations: Too long: may not be more than 262144 bytes");
    Deployment app1 = app("app1");
    assertThat(app1.getSpec().getReplicas()).isEqualTo(2);
    assertThat(app1.getMetadata().getLabels()).doesNotContainKey("big");
    await().until(() -> DemoClients.settled(gz, "app1"));
  }

  @Test
  void deletingANamespaceDeletesEverythingInIt() {
    gz.namespaces()
        .resource(
            new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                .withNewMetadata()
                .withName("scratch")
                .endMetadata()
                .build())
        .create();
    gz.configMaps()
        .inNamespace("scratch")
        .resource(new ConfigMapBuilder().withNewMetadata().withName("c1").endMetadata().build())
        .create();
    gz.services()
        .inNamespace("scratch")
        .resource(
            new io.fabric8.kubernetes.api.model.ServiceBuilder()
                .withNewMetadata()
                .withName("s1")
                .endMetadata()
                .withNewSpec()
                .addNewPort()
                .withPort(80)
                .endPort()
                .endSpec()
                .build())
        .create();
    gz.namespaces().withName("scratch").delete();
    await()
        .until(
            () ->
                gz.namespaces().withName("scratch").get() == null
                    && gz.configMaps().inNamespace("scratch").list().getItems().isEmpty()
                    && gz.services().inNamespace("scratch").list().getItems().isEmpty());
  }

  @Test
  void aCreateInANamespaceThatDoesNotExistIsNotFoundAsKubeApiserverSaysIt() {
    RawApi.Answer answer =
        api.send(
            "POST",
            "/api/v1/namespaces/nowhere/configmaps",
            "application/json",
            "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"c\"}}");
    assertThat(answer.code()).isEqualTo(404);
    assertThat(answer.body().path("reason").asString()).isEqualTo("NotFound");
    assertThat(answer.body().path("message").asString())
        .isEqualTo("namespaces \"nowhere\" not found");
    assertThat(answer.body().path("details").path("kind").asString()).isEqualTo("namespaces");
    assertThat(gz.configMaps().inNamespace("nowhere").list().getItems()).isEmpty();
  }

  @Test
  void everyClusterHasTheNamespacesKubeApiserverMakesItself() {
    assertThat(gz.namespaces().list().getItems())
        .extracting(n -> n.getMetadata().getName())
        .contains("default", "kube-system", "kube-public", "kube-node-lease", NS);
    gz.configMaps()
        .inNamespace("default")
        .resource(new ConfigMapBuilder().withNewMetadata().withName("note").endMetadata().build())
        .create();
    assertThat(gz.configMaps().inNamespace("default").withName("note").get()).isNotNull();
  }

  /// `PATCH pods/p/bogus` changed the pod, and `GET configmaps/c/status` answered the ConfigMap.
  @Test
  void aSubresourceTheServerDoesNotHaveIsNotFoundAndChangesNothing() {
    String pod = gz.pods().inNamespace(NS).list().getItems().getFirst().getMetadata().getName();
    String pods = "/api/v1/namespaces/health/pods/";
    assertThat(api.get(pods + pod + "/bogus").code()).isEqualTo(404);
    RawApi.Answer patched =
        api.send(
            "PATCH",
            pods + pod + "/bogus",
            "application/merge-patch+json",
            "{\"metadata\":{\"labels\":{\"hacked\":\"yes\"}}}");
    assertThat(patched.code()).isEqualTo(404);
    assertThat(gz.pods().inNamespace(NS).withName(pod).get().getMetadata().getLabels())
        .doesNotContainKey("hacked");
    gz.configMaps()
        .inNamespace(NS)
        .resource(new ConfigMapBuilder().withNewMetadata().withName("sub").endMetadata().build())
        .create();
    assertThat(api.get("/api/v1/namespaces/health/configmaps/sub/status").code()).isEqualTo(404);
    // What needs a kubelet fails as kube-apiserver's does when it cannot reach one.
    RawApi.Answer exec = api.send("POST", pods + pod + "/exec?command=ls", null, null);
    assertThat(exec.code()).isEqualTo(500);
    assertThat(exec.message()).startsWith("error dialing backend:");
    // The ones the demo serves still answer.
    assertThat(api.get(pods + pod + "/status").code()).isEqualTo(200);
    assertThat(api.get(DEPLOY + "app1/scale").code()).isEqualTo(200);
  }

  /// A PUT of a Deployment to a ConfigMap's URL was stored, and a patch could remove `kind`:
  /// listing ConfigMaps then broke kubectl ("Object 'Kind' is missing").
  @Test
  void aWriteKeepsTheObjectOfItsUrlsType() {
    String url = "/api/v1/namespaces/health/configmaps/typed";
    gz.configMaps()
        .inNamespace(NS)
        .resource(new ConfigMapBuilder().withNewMetadata().withName("typed").endMetadata().build())
        .create();
    RawApi.Answer wrongVersion =
        api.send(
            "PUT",
            url,
            "application/json",
            "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":\"typed\"}}");
    assertThat(wrongVersion.code()).isEqualTo(400);
    assertThat(wrongVersion.message())
        .isEqualTo(
            "the API version in the data (apps/v1) does not match the expected API version (v1)");
    assertThat(
            api.send("PUT", url, "application/json", "{\"metadata\":{\"name\":\"typed\"}}").code())
        .isEqualTo(200);
    assertThat(
            api.send(
                    "PATCH",
                    url,
                    "application/json-patch+json",
                    "[{\"op\":\"remove\",\"path\":\"/kind\"}]")
                .code())
        .isEqualTo(200);
    api.send(
        "PATCH",
        url,
        "application/merge-patch+json",
        "{\"kind\":\"Secret\",\"apiVersion\":\"v9\"}");
    var stored = api.get(url).body();
    assertThat(stored.path("kind").asText()).isEqualTo("ConfigMap");
    assertThat(stored.path("apiVersion").asText()).isEqualTo("v1");
    assertThat(gz.configMaps().inNamespace(NS).list().getItems())
        .extracting(c -> c.getMetadata().getName())
        .contains("typed");
  }

  /// `Bad_Name` and 300-character names were stored; kube-apiserver refuses them by each type's
  /// rule.
  @Test
  void aNewObjectsNameIsCheckedByItsTypesRule() {
    RawApi.Answer configMap =
        api.send(
            "POST",
            "/api/v1/namespaces/health/configmaps",
            "application/json",
            "{\"metadata\":{\"name\":\"Bad_Name\"}}");
    assertThat(configMap.code()).isEqualTo(422);
    assertThat(configMap.message())
        .startsWith(
            "ConfigMap \"Bad_Name\" is invalid: metadata.name: Invalid value: \"Bad_Name\": a"
                + " lowercase RFC 1123 subdomain");
    RawApi.Answer service =
        api.send(
            "POST",
            "/api/v1/namespaces/health/services",
            "application/json",
            "{\"metadata\":{\"name\":\"1web\"},\"spec\":{\"ports\":[{\"port\":80}]}}");
    assertThat(service.code()).isEqualTo(422);
    assertThat(service.message()).contains("a DNS-1035 label");
    RawApi.Answer long300 =
        api.send(
            "POST",
            "/api/v1/namespaces/health/configmaps",
            "application/json",
            "{\"metadata\":{\"name\":\"" + "a".repeat(300) + "\"}}");
    assertThat(long300.message()).contains("must be no more than 253 characters");
    RawApi.Answer none =
        api.send("POST", "/api/v1/namespaces/health/configmaps", "application/json", "{}");
    assertThat(none.code()).isEqualTo(422);
    assertThat(none.message())
        .isEqualTo(
            "ConfigMap \"\" is invalid: metadata.name: Required value: name or generateName is"
                + " required");
    assertThat(
            api.send(
                    "POST",
                    "/api/v1/namespaces/health/configmaps",
                    "application/json",
                    "{\"metadata\":{\"generateName\":\"notes-\"}}")
                .code())
        .isEqualTo(201);
  }

  /// A delete whose preconditions no longer hold is 409 and deletes nothing (the demo deleted
  /// whatever it had, under a client that meant to delete only what it had read).
  @Test
  void aDeleteWhosePreconditionsFailIsAConflict() {
    var created =
        gz.configMaps()
            .inNamespace(NS)
            .resource(
                new ConfigMapBuilder().withNewMetadata().withName("pre").endMetadata().build())
            .create();
    String url = "/api/v1/namespaces/health/configmaps/pre";
    RawApi.Answer wrongUid =
        api.send("DELETE", url, "application/json", "{\"preconditions\":{\"uid\":\"wrong\"}}");
    assertThat(wrongUid.code()).isEqualTo(409);
    assertThat(wrongUid.message())
        .isEqualTo(
            "Operation cannot be fulfilled on configmaps \"pre\": Precondition failed: UID in"
                + " precondition: wrong, UID in object meta: "
                + created.getMetadata().getUid());
    RawApi.Answer oldVersion =
        api.send(
            "DELETE", url, "application/json", "{\"preconditions\":{\"resourceVersion\":\"1\"}}");
    assertThat(oldVersion.code()).isEqualTo(409);
    assertThat(api.get(url).code()).isEqualTo(200);
    RawApi.Answer current =
        api.send(
            "DELETE",
            url,
            "application/json",
            "{\"preconditions\":{\"resourceVersion\":\""
                + created.getMetadata().getResourceVersion()
                + "\"}}");
    assertThat(current.code()).isEqualTo(200);
    assertThat(api.get(url).code()).isEqualTo(404);
  }
}
