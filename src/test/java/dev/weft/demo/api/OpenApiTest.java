package dev.weft.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/// The generated OpenAPI documents cover every served type with what kubectl looks for, and
/// field validation finds unknown fields by them.
class OpenApiTest {
  @Test
  void everyServedTypeHasItsSchemaAndAPatchThatTakesFieldValidation() {
    OpenApi.Documents docs = OpenApi.documents();
    JsonNode root = Json.MAPPER.readTree(docs.v3Root());
    for (ResourceType type : ResourceType.ALL) {
      String groupVersion = type.groupPath().substring(1);
      assertThat(root.path("paths").path(groupVersion).path("serverRelativeURL").asString())
          .isEqualTo("/openapi/v3/" + groupVersion + "?hash=" + docs.hashes().get(groupVersion));
      JsonNode doc = Json.MAPPER.readTree(docs.v3().get(groupVersion));
      String schema = docs.schemaNames().get(type);
      JsonNode gvk =
          doc.path("components")
              .path("schemas")
              .path(schema)
              .path("x-kubernetes-group-version-kind");
      assertThat(gvk.get(0).path("kind").asString()).isEqualTo(type.kind());
      String item =
          type.groupPath()
              + (type.namespaced() ? "/namespaces/{namespace}/" : "/")
              + type.plural()
              + "/{name}";
      JsonNode patch = doc.path("paths").path(item).path("patch");
      assertThat(patch.path("x-kubernetes-group-version-kind").path("kind").asString())
          .isEqualTo(type.kind());
      assertThat(patch.path("parameters").findValuesAsString("name")).contains("fieldValidation");
    }
    assertThat(new String(docs.v3().get("apis/apps/v1"), StandardCharsets.UTF_8))
        .doesNotContain("#/definitions/");
  }

  @Test
  void unknownFieldsAreFoundWithTheirPaths() {
    byte[] body =
        """
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"a","labels":{"x":"y"}},
         "spec":{"replicaz":1,"template":{"spec":{"containers":[{"name":"c","imagee":"i"}]}},
                 "strategy":{"rollingUpdate":{"maxSurge":"25%"}}}}
        """
            .getBytes(StandardCharsets.UTF_8);
    assertThat(FieldValidation.unknownFields(ResourceType.DEPLOYMENTS, body))
        .containsExactly("spec.replicaz", "spec.template.spec.containers[0].imagee");
  }

  @Test
  void strategicMergeDirectivesAreNotUnknownFields() {
    byte[] patch =
        """
        {"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"c"}],
         "containers":[{"name":"c","$patch":"delete"}]}}}}
        """
            .getBytes(StandardCharsets.UTF_8);
    assertThat(FieldValidation.unknownFields(ResourceType.DEPLOYMENTS, patch)).isEmpty();
  }
}
