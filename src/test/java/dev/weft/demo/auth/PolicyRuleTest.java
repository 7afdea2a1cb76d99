package dev.weft.demo.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.demo.api.Json;
import org.junit.jupiter.api.Test;

/// Kubernetes' RBAC matching rules and request attributes, one by one.
class PolicyRuleTest {
  private static PolicyRule rule(String json) {
    return PolicyRule.of(Json.parse(json.getBytes()));
  }

  private static RequestAttributes req(String method, String uri) {
    return RequestAttributes.of(method, uri);
  }

  @Test
  void verbsComeFromMethodNameAndQuery() {
    assertThat(req("GET", "/api/v1/namespaces/health/pods").verb()).isEqualTo("list");
    assertThat(req("GET", "/api/v1/namespaces/health/pods?watch=True").verb()).isEqualTo("watch");
    assertThat(req("GET", "/api/v1/namespaces/health/pods/p1").verb()).isEqualTo("get");
    assertThat(req("POST", "/api/v1/namespaces/health/pods").verb()).isEqualTo("create");
    assertThat(req("PUT", "/api/v1/namespaces/health/pods/p1").verb()).isEqualTo("update");
    assertThat(req("PATCH", "/api/v1/namespaces/health/pods/p1").verb()).isEqualTo("patch");
    assertThat(req("DELETE", "/api/v1/namespaces/health/pods/p1").verb()).isEqualTo("delete");
    assertThat(req("DELETE", "/api/v1/namespaces/health/pods").verb())
        .isEqualTo("deletecollection");
    RequestAttributes scale = req("PUT", "/apis/apps/v1/namespaces/h/deployments/d/scale");
    assertThat(scale.apiGroup()).isEqualTo("apps");
    assertThat(scale.resource()).isEqualTo("deployments");
    assertThat(scale.subresource()).isEqualTo("scale");
    assertThat(scale.name()).isEqualTo("d");
    RequestAttributes namespace = req("GET", "/api/v1/namespaces/health");
    assertThat(namespace.resource()).isEqualTo("namespaces");
    assertThat(namespace.name()).isEqualTo("health");
    assertThat(namespace.namespace()).isEqualTo("health");
    assertThat(req("GET", "/apis/apps/v1").resourceRequest()).isFalse();
    assertThat(req("GET", "/version").path()).isEqualTo("/version");
    assertThat(req("GET", "/api/v1/pods?fieldSelector=metadata.name%3Dp1").name()).isEqualTo("p1");
  }

  @Test
  void wildcardsAndSubresourcesMatchAsKubernetesMatchesThem() {
    PolicyRule all = rule("{\"apiGroups\":[\"*\"],\"resources\":[\"*\"],\"verbs\":[\"*\"]}");
    assertThat(all.allows(req("DELETE", "/apis/apps/v1/namespaces/h/deployments/d"))).isTrue();
    PolicyRule deployments =
        rule("{\"apiGroups\":[\"apps\"],\"resources\":[\"deployments\"],\"verbs\":[\"patch\"]}");
    assertThat(deployments.allows(req("PATCH", "/apis/apps/v1/namespaces/h/deployments/d")))
        .isTrue();
    // A resource does not grant its subresources.
    assertThat(deployments.allows(req("PATCH", "/apis/apps/v1/namespaces/h/deployments/d/scale")))
        .isFalse();
    assertThat(deployments.allows(req("PATCH", "/api/v1/namespaces/h/deployments/d"))).isFalse();
    PolicyRule anyScale =
        rule("{\"apiGroups\":[\"apps\"],\"resources\":[\"*/scale\"],\"verbs\":[\"update\"]}");
    assertThat(anyScale.allows(req("PUT", "/apis/apps/v1/namespaces/h/deployments/d/scale")))
        .isTrue();
    assertThat(anyScale.allows(req("PUT", "/apis/apps/v1/namespaces/h/deployments/d"))).isFalse();
  }

  @Test
  void resourceNamesNeverAllowCreateNorAnUnnamedList() {
    PolicyRule named =
        rule(
            "{\"apiGroups\":[\"\"],\"resources\":[\"configmaps\"],\"resourceNames\":[\"c1\"],"
                + "\"verbs\":[\"get\",\"list\",\"create\"]}");
    assertThat(named.allows(req("GET", "/api/v1/namespaces/h/configmaps/c1"))).isTrue();
    assertThat(named.allows(req("GET", "/api/v1/namespaces/h/configmaps/c2"))).isFalse();
    assertThat(named.allows(req("GET", "/api/v1/namespaces/h/configmaps"))).isFalse();
    assertThat(
            named.allows(
                req("GET", "/api/v1/namespaces/h/configmaps?fieldSelector=metadata.name=c1")))
        .isTrue();
    assertThat(named.allows(req("POST", "/api/v1/namespaces/h/configmaps"))).isFalse();
  }

  @Test
  void nonResourceUrlsMatchExactlyOrByPrefix() {
    PolicyRule discovery =
        rule("{\"nonResourceURLs\":[\"/apis/*\",\"/version\"],\"verbs\":[\"get\"]}");
    assertThat(discovery.allows(req("GET", "/apis/apps/v1"))).isTrue();
    assertThat(discovery.allows(req("GET", "/version"))).isTrue();
    assertThat(discovery.allows(req("GET", "/version/x"))).isFalse();
    assertThat(discovery.allows(req("POST", "/version"))).isFalse();
    // A resource rule never grants a non-resource URL, nor the other way round.
    assertThat(discovery.allows(req("GET", "/apis/apps/v1/namespaces/h/deployments"))).isFalse();
  }
}
