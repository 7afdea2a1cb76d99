package dev.weft.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

class SelectorsAndPatchesTest {
  private static final ObjectNode POD =
      Json.parse(
          """
          {"metadata":{"name":"p1","namespace":"health","labels":{"app":"app1","tier":"web"}},
           "spec":{"containers":[{"name":"app1","image":"a:1","ports":[{"containerPort":8080}]},
                                 {"name":"side","image":"s:1"}]},
           "status":{"phase":"Running"}}
          """
              .getBytes(StandardCharsets.UTF_8));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "app=app1|true",
        "app==app1|true",
        "app!=app1|false",
        "app in (app1,app2)|true",
        "app notin (app1)|false",
        "tier,app=app1|true",
        "!tier|false",
        "missing|false",
        "app in (app2),tier=web|false"
      })
  void labelSelectors(String selector, boolean matches) {
    assertThat(Selectors.labels(selector).test(POD)).isEqualTo(matches);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "metadata.name=p1|true",
        "metadata.name!=p1|false",
        "status.phase=Running,metadata.namespace=health|true",
        "status.phase=Pending|false"
      })
  void fieldSelectors(String selector, boolean matches) {
    assertThat(Selectors.fields(selector).test(POD)).isEqualTo(matches);
  }

  @Test
  void strategicMergeSetsOneContainersImageAndKeepsTheRest() {
    ObjectNode patched =
        Patches.apply(
            "application/strategic-merge-patch+json",
            POD,
            """
            {"spec":{"$setElementOrder/containers":[{"name":"app1"},{"name":"side"}],
                     "containers":[{"name":"app1","image":"a:2"}]}}
            """
                .getBytes(StandardCharsets.UTF_8));
    assertThat(Json.text(patched.path("spec").path("containers").get(0), "image")).isEqualTo("a:2");
    assertThat(patched.path("spec").path("containers").get(0).has("ports")).isTrue();
    assertThat(Json.text(patched.path("spec").path("containers").get(1), "image")).isEqualTo("s:1");
    assertThat(patched.path("spec").has("$setElementOrder/containers")).isFalse();
  }

  @Test
  void mergePatchRemovesNullsAndJsonPatchApplies() {
    ObjectNode merged =
        Patches.apply(
            "application/merge-patch+json",
            POD,
            "{\"metadata\":{\"labels\":{\"tier\":null,\"new\":\"x\"}}}"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(Json.labels(merged)).containsOnlyKeys("app", "new");
    ObjectNode json =
        Patches.apply(
            "application/json-patch+json",
            POD,
            "[{\"op\":\"replace\",\"path\":\"/status/phase\",\"value\":\"Failed\"}]"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(Json.text(json, "status", "phase")).isEqualTo("Failed");
    assertThat(Json.text(POD, "status", "phase")).isEqualTo("Running");
  }

  @Test
  void storeResumesWatchesFromAVersionAndForgetsHistoryOnExpiry() {
    ObjectStore store = new ObjectStore();
    ObjectNode created = store.create(ResourceType.PODS, POD);
    long version = Long.parseLong(Json.text(created, "metadata", "resourceVersion"));
    store.modify(ResourceType.PODS, "health", "p1", p -> p.put("x", 1));
    assertThat(store.changesSince(version, e -> true)).hasSize(1);
    store.forgetHistory();
    assertThat(store.changesSince(version, e -> true)).isNull();
    assertThat(store.changesSince(store.resourceVersion(), e -> true)).isEmpty();
  }

  /// What kube-apiserver refuses with 400 a list refuses too: the demo listed every pod for
  /// `--field-selector spec.foo=bar`, so a script that worked on it failed on a real cluster.
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "spec.foo=bar|field label not supported: spec.foo",
        "metadata.name|invalid selector: 'metadata.name'; can't understand 'metadata.name'"
      })
  void unsupportedFieldSelectorsAre400(String selector, String message) {
    StoreException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            StoreException.class, () -> Selectors.fields(ResourceType.PODS, selector));
    assertThat(refused.code()).isEqualTo(400);
    assertThat(refused.getMessage()).isEqualTo(message);
    assertThat(Selectors.fields(ResourceType.PODS, "status.phase=Running").test(POD)).isTrue();
    assertThat(Selectors.fields(ResourceType.PODS, "metadata.name=p1").test(POD)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"app in (app1", "=x", "a b c", "app=app1,,"})
  void unparsableLabelSelectorsAre400(String selector) {
    StoreException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            StoreException.class, () -> Selectors.checkedLabels(selector));
    assertThat(refused.code()).isEqualTo(400);
    assertThat(Selectors.checkedLabels("app in (app1,app2),!tier").test(POD)).isFalse();
    assertThat(Selectors.checkedLabels("app in (app1, app2),tier=web").test(POD)).isTrue();
  }
}
