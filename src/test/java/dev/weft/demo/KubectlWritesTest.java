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

/// kubectl's writes judged as a real API server judges them: `--dry-run=server` changes nothing,
/// a stale replace conflicts, a failing JSON patch test is refused, strategic merge on an
/// HTTPRoute is 415, and `rollout undo` reuses the first ReplicaSet, all with kubectl's
/// client-side validation on. Skipped without kubectl.
class KubectlWritesTest {
  record Run(int exit, String out) {}

  @TempDir static Path dir;
  static RunningDemo demo;
  static String kubectl;

  @BeforeAll
  static void start() {
    kubectl = findKubectl();
    Assumptions.assumeTrue(
        kubectl != null, "kubectl is not installed (not on PATH): skipping kubectl writes");
    demo = DemoClients.fastDemo(dir, 1, 2);
  }

  @AfterAll
  static void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  private static String version(String app) {
    return ok("get", "deployment", app, "-o", "jsonpath={.metadata.resourceVersion}");
  }

  @Test
  void dryRunServerOnApplyPatchScaleAndDeleteChangesNothing() throws IOException {
    String before = version("app1");
    String manifest =
        ok("get", "deployment", "app1", "-o", "yaml").replace("replicas: 2", "replicas: 6");
    Path file = dir.resolve("app1.yaml");
    Files.writeString(file, manifest);
    assertThat(ok("apply", "--dry-run=server", "-f", file.toString())).contains("server dry run");
    // kubectl patch prints no dry-run suffix of its own; the resourceVersion check below tells.
    ok("patch", "deployment", "app1", "--dry-run=server", "-p", "{\"spec\":{\"replicas\":5}}");
    assertThat(ok("scale", "deployment", "app1", "--replicas", "5", "--dry-run=server"))
        .contains("server dry run");
    assertThat(ok("delete", "deployment", "app1", "--dry-run=server")).contains("server dry run");
    assertThat(version("app1")).isEqualTo(before);
    assertThat(ok("get", "deployment", "app1", "-o", "jsonpath={.spec.replicas}")).isEqualTo("2");
  }

  @Test
  void aStaleReplaceIsAConflict() throws IOException {
    Path file = dir.resolve("app2.json");
    Files.writeString(file, ok("get", "deployment", "app2", "-o", "json"));
    ok("annotate", "deployment", "app2", "touched=yes");
    Run replace = run("replace", "-f", file.toString());
    assertThat(replace.exit()).isNotZero();
    assertThat(replace.out())
        .contains(
            "Operation cannot be fulfilled on deployments.apps \"app2\": the object has been"
                + " modified");
  }

  @Test
  void aJsonPatchWhoseTestFailsIsRefused() {
    Run patch =
        run(
            "patch",
            "deployment",
            "app2",
            "--type=json",
            "-p",
            "[{\"op\":\"test\",\"path\":\"/spec/replicas\",\"value\":99},"
                + "{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":4}]");
    assertThat(patch.exit()).isNotZero();
    assertThat(patch.out()).contains("testing value /spec/replicas failed");
    assertThat(ok("get", "deployment", "app2", "-o", "jsonpath={.spec.replicas}")).isEqualTo("2");
    // Removing what is not there is refused as json-patch refuses it, not "patched (no change)".
    Run remove =
        run(
            "patch",
            "deployment",
            "app2",
            "--type=json",
            "-p",
            "[{\"op\":\"remove\",\"path\":\"/spec/nosuch\"}]");
    assertThat(remove.exit()).isNotZero();
    assertThat(remove.out()).contains("Unable to remove nonexistent key: nosuch: missing value");
  }

  @Test
  void aStrategicMergePatchOnAnHttpRouteIs415() {
    Run patch =
        run(
            "--context",
            demo.gatewayContext(),
            "-n",
            "edge",
            "patch",
            "httproute",
            "health",
            "--type",
            "strategic",
            "-p",
            "{\"metadata\":{\"labels\":{\"a\":\"b\"}}}");
    assertThat(patch.exit()).isNotZero();
    assertThat(patch.out())
        .contains(
            "application/strategic-merge-patch+json is not supported by"
                + " gateway.networking.k8s.io/v1, Kind=HTTPRoute: the body of the request was in an"
                + " unknown format");
    Run merge =
        run(
            "--context",
            demo.gatewayContext(),
            "-n",
            "edge",
            "patch",
            "httproute",
            "health",
            "--type",
            "merge",
            "-p",
            "{\"metadata\":{\"labels\":{\"a\":\"b\"}}}");
    assertThat(merge.exit()).as(merge.out()).isZero();
  }

  @Test
  void rolloutUndoReusesTheFirstReplicaSet() {
    ok("set", "image", "deployment/app3", "app3=registry.example/health/app3:2.0.0");
    ok("rollout", "status", "deployment", "app3", "--timeout", "30s");
    ok("rollout", "undo", "deployment/app3");
    ok("rollout", "status", "deployment", "app3", "--timeout", "30s");
    assertThat(ok("get", "rs", "-l", "app=app3", "-o", "name").lines().count()).isEqualTo(2);
    assertThat(
            ok(
                "get",
                "deployment",
                "app3",
                "-o",
                "jsonpath={.metadata.annotations.deployment\\.kubernetes\\.io/revision}"))
        .isEqualTo("3");
    assertThat(ok("get", "deployment", "app3", "-o", "jsonpath={..image}"))
        .isEqualTo("registry.example/health/app3:1.6.2");
  }

  @Test
  void kubectlCreateOfAConfigMapAndANamespaceSentAsProtobufWorksAndAMissingNamespaceIsNotFound() {
    assertThat(ok("create", "configmap", "notes", "--from-literal=owner=alice"))
        .contains("configmap/notes created");
    assertThat(ok("get", "configmap", "notes", "-o", "jsonpath={.data.owner}")).isEqualTo("alice");
    assertThat(ok("create", "namespace", "scratch2")).contains("namespace/scratch2 created");
    Run missing = run("create", "configmap", "c", "-n", "nowhere");
    assertThat(missing.exit()).isNotZero();
    assertThat(missing.out()).contains("namespaces \"nowhere\" not found");
  }

  /// `kubectl create deployment` and `create service` send protobuf: both failed with "not valid
  /// JSON" until the demo read them.
  @Test
  void kubectlCreateDeploymentAndServiceSentAsProtobufWork() {
    assertThat(
            ok(
                "create",
                "deployment",
                "web",
                "--image=nginx:1.27",
                "--port=80",
                "--replicas=2",
                "--",
                "nginx",
                "-g",
                "daemon off;"))
        .contains("deployment.apps/web created");
    assertThat(
            ok(
                "get",
                "deployment",
                "web",
                "-o",
                "jsonpath={.spec.replicas} {.spec.selector.matchLabels.app}"
                    + " {.spec.template.spec.containers[0].image}"
                    + " {.spec.template.spec.containers[0].ports[0].containerPort}"
                    + " {.spec.template.spec.containers[0].command[2]}"))
        .isEqualTo("2 web nginx:1.27 80 daemon off;");
    Run again = run("create", "deployment", "web", "--image=nginx");
    assertThat(again.out()).contains("deployments.apps \"web\" already exists");
    assertThat(ok("create", "service", "clusterip", "web", "--tcp=80:8080"))
        .contains("service/web created");
    assertThat(
            ok(
                "get",
                "service",
                "web",
                "-o",
                "jsonpath={.spec.type} {.spec.ports[0].port} {.spec.ports[0].targetPort}"
                    + " {.spec.selector.app}"))
        .isEqualTo("ClusterIP 80 8080 web");
  }

  /// `--cascade=orphan` keeps what the deployment owned running: the demo deleted it all.
  @Test
  void deleteWithCascadeOrphanLeavesTheReplicaSetAndItsPods() {
    ok("create", "deployment", "keep", "--image=nginx:1.27", "--replicas=2");
    ok("rollout", "status", "deployment", "keep", "--timeout=60s");
    String pods = ok("get", "pods", "-l", "app=keep", "-o", "name");
    assertThat(pods.lines()).hasSize(2);
    assertThat(ok("delete", "deployment", "keep", "--cascade=orphan"))
        .contains("deployment.apps \"keep\" deleted");
    // Still there after the simulated garbage collector had its chance.
    ok("wait", "--for=delete", "deployment/keep", "--timeout=10s");
    ok("get", "replicaset", "-l", "app=keep", "-o", "name");
    assertThat(ok("get", "replicasets", "-l", "app=keep", "-o", "jsonpath={..ownerReferences}"))
        .isEmpty();
    assertThat(ok("get", "pods", "-l", "app=keep", "-o", "name")).isEqualTo(pods);
    Run bogus = run("delete", "configmap", "none", "--cascade=bogus");
    assertThat(bogus.exit()).isNotZero();
  }

  @Test
  void theNamespacesEveryClusterNeedsMayNotBeDeleted() {
    for (String ns : new String[] {"default", "kube-system", "kube-public"}) {
      Run refused = run("delete", "namespace", ns);
      assertThat(refused.exit()).as(ns).isNotZero();
      assertThat(refused.out())
          .contains(
              "Error from server (Forbidden): namespaces \""
                  + ns
                  + "\" is forbidden: this namespace may not be deleted");
    }
    assertThat(ok("get", "namespace", "default", "-o", "name")).contains("namespace/default");
  }

  private static String ok(String... args) {
    Run run = run(args);
    assertThat(run.exit()).as("kubectl %s:\n%s", String.join(" ", args), run.out()).isZero();
    return run.out();
  }

  private static Run run(String... args) {
    Kubectl.Result result = new Kubectl(kubectl, demo.kubeconfig(), dir).run(args);
    return new Run(result.exitCode(), result.output());
  }

  private static String findKubectl() {
    return Kubectl.find();
  }
}
