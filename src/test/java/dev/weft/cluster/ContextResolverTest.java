package dev.weft.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextResolverTest {
  @TempDir Path dir;

  private Path write(String name, String yaml) throws Exception {
    return Files.writeString(dir.resolve(name), yaml);
  }

  private static final String CLUSTERS =
      """
      apiVersion: v1
      kind: Config
      current-context: other
      clusters:
      - name: c1
        cluster: {server: "https://10.0.0.1:6443"}
      - name: c2
        cluster: {server: "https://10.0.0.2:6443"}
      users:
      - name: u1
        user: {token: secret-token-1}
      contexts:
      - name: other
        context: {cluster: c2, user: u1}
      """;

  private static final String CONTEXTS =
      """
      apiVersion: v1
      kind: Config
      contexts:
      - name: tke-gz-1
        context: {cluster: c1, user: u1, namespace: health}
      """;

  @Test
  void contextFromOneFileUsesClusterAndUserFromAnother() throws Exception {
    var source = KubeconfigSource.of(write("a", CLUSTERS), write("b", CONTEXTS));
    var result = ContextResolver.resolve(source, "tke-gz-1");
    assertThat(result).isInstanceOf(ContextResolver.Result.Resolved.class);
    var config = ((ContextResolver.Result.Resolved) result).config();
    assertThat(config.getMasterUrl()).startsWith("https://10.0.0.1:6443");
  }

  @Test
  void missingContextFailsClosedEvenWithACurrentContext() throws Exception {
    var source = KubeconfigSource.of(write("a", CLUSTERS));
    var result = ContextResolver.resolve(source, "tke-sh-1");
    assertThat(result)
        .isEqualTo(
            new ContextResolver.Result.Misconfigured(
                "context 'tke-sh-1' not found in kubeconfig " + source));
  }

  @Test
  void malformedFileIsNamedWithoutItsContent() throws Exception {
    var source = KubeconfigSource.of(write("bad", "users: [ {token: secret-token-9 "));
    var result = ContextResolver.resolve(source, "x");
    assertThat(result).isInstanceOf(ContextResolver.Result.Misconfigured.class);
    String reason = ((ContextResolver.Result.Misconfigured) result).reason();
    assertThat(reason).contains(dir.resolve("bad").toString()).doesNotContain("secret-token");
  }

  @Test
  void noFileAtAll() {
    var result = ContextResolver.resolve(KubeconfigSource.of(dir.resolve("none")), "x");
    assertThat(result).isInstanceOf(ContextResolver.Result.Misconfigured.class);
  }

  @Test
  void kubeconfigEnvironmentListsSeveralFiles() {
    String value = "/a/one" + File.pathSeparator + File.pathSeparator + "/b/two";
    var source = KubeconfigSource.fromEnvironment(Map.of("KUBECONFIG", value), Path.of("/home/u"));
    assertThat(source.files()).containsExactly(Path.of("/a/one"), Path.of("/b/two"));
    assertThat(KubeconfigSource.fromEnvironment(Map.of(), Path.of("/home/u")).files())
        .containsExactly(Path.of("/home/u/.kube/config"));
  }
}
