package dev.weft.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// kubectl's client-side steps before a write, with validation on (the default `--validate=
/// strict`): it reads the demo's OpenAPI v3, sees that writes take `fieldValidation` and lets the
/// server refuse unknown fields; `kubectl explain` reads the same documents. Skipped where
/// kubectl is not installed.
class KubectlValidationTest {
  @TempDir static Path dir;
  static RunningDemo demo;
  static Kubectl kubectl;

  @BeforeAll
  static void start() {
    String executable = Kubectl.find();
    Assumptions.assumeTrue(
        executable != null, "kubectl is not installed (not on PATH): skipping kubectl validation");
    demo = DemoClients.fastDemo(dir, 1, 1);
    kubectl = new Kubectl(executable, demo.kubeconfig(), dir);
  }

  @AfterAll
  static void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void explainShowsDeploymentStrategyAndRouteRules() {
    assertThat(kubectl.ok("explain", "deployment.spec.strategy"))
        .contains("KIND:       Deployment", "FIELD: strategy <DeploymentStrategy>")
        .contains("rollingUpdate", "type");
    assertThat(kubectl.ok("--context", demo.gatewayContext(), "explain", "httproute.spec.rules"))
        .contains("KIND:       HTTPRoute", "backendRefs", "matches");
  }

  @Test
  void applyOfAnEditedManifestSucceedsWithValidationOn() throws IOException {
    Path manifest = write("app1.yaml", deployment("app1", "replicas: 2"));
    assertThat(kubectl.ok("apply", "-f", manifest.toString())).contains("deployment.apps/app1");
    assertThat(kubectl.ok("get", "deployment", "app1", "-o", "jsonpath={.spec.replicas}"))
        .isEqualTo("2");
  }

  @Test
  void anUnknownFieldFailsWithKubectlsStrictValidationMessage() throws IOException {
    Path manifest = write("typo.yaml", deployment("app2", "replicas: 1\n  replicaz: 3"));
    Kubectl.Result result = kubectl.run("apply", "-f", manifest.toString());
    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output())
        .contains("Error from server (BadRequest)")
        .contains("strict decoding error: unknown field \"spec.replicaz\"");
    assertThat(kubectl.ok("get", "deployment", "app2", "-o", "jsonpath={.spec.replicas}"))
        .isEqualTo("1");
  }

  @Test
  void createAndReplaceFromAFileWork() throws IOException {
    Path created = write("extra.yaml", deployment("extra", "replicas: 1"));
    assertThat(kubectl.ok("create", "-f", created.toString()))
        .contains("deployment.apps/extra created");
    Path replaced = write("extra2.yaml", deployment("extra", "replicas: 2"));
    assertThat(kubectl.ok("replace", "-f", replaced.toString()))
        .contains("deployment.apps/extra replaced");
    Path typo = write("extra3.yaml", deployment("extra", "replicas: 3\n  replicaz: 3"));
    assertThat(kubectl.run("replace", "-f", typo.toString()).output())
        .contains(
            "Deployment in version \"v1\" cannot be handled as a Deployment: strict decoding"
                + " error: unknown field \"spec.replicaz\"");
  }

  private static Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /// A manifest as a person keeps it: no status, no server-set metadata.
  private static String deployment(String name, String specLines) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: %1$s
          namespace: health
          labels:
            app: %1$s
        spec:
          %2$s
          selector:
            matchLabels:
              app: %1$s
          template:
            metadata:
              labels:
                app: %1$s
            spec:
              containers:
              - name: %1$s
                image: registry.example/health/%1$s:1.0.0
        """
        .formatted(name, specLines);
  }
}
