package dev.weft.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// What an on-call engineer asks a cluster first, `kubectl get --raw='/readyz?verbose'`, is
/// answered as kube-apiserver answers it. Skipped without kubectl.
class KubectlHealthTest {
  @TempDir static Path dir;
  static RunningDemo demo;
  static String kubectl;

  @BeforeAll
  static void start() {
    kubectl = Kubectl.find();
    Assumptions.assumeTrue(
        kubectl != null, "kubectl is not installed (not on PATH): skipping kubectl health tests");
    demo = DemoClients.fastDemo(dir, 1, 1);
  }

  @AfterAll
  static void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void healthEndpointsAnswerAsKubeApiserverDoes() {
    String viewer = demo.contextOf("gz-1", "viewer");
    for (String path : new String[] {"/healthz", "/livez", "/readyz"}) {
      Kubectl.Result ok = raw(viewer, path);
      assertThat(ok.output()).as(path).isEqualTo("ok");
      assertThat(ok.exitCode()).as(path).isZero();
    }
    // One check alone is for the cluster's admins and monitoring (system:monitoring), as in a
    // real cluster; everyone may ask the three above (system:public-info-viewer).
    assertThat(raw(demo.contextOf("gz-1"), "/readyz/etcd").output()).isEqualTo("ok");
    assertThat(raw(viewer, "/readyz/etcd").output())
        .contains("Forbidden", "cannot get path \"/readyz/etcd\"");
    Kubectl.Result verbose = raw(viewer, "/readyz?verbose&exclude=etcd");
    assertThat(verbose.exitCode()).isZero();
    assertThat(verbose.output())
        .startsWith("[+]ping ok\n[+]log ok\n[+]etcd excluded: ok\n")
        .contains("[+]informer-sync ok\n", "[+]shutdown ok\n")
        .endsWith("readyz check passed\n");
    assertThat(raw(viewer, "/livez?verbose").output())
        .doesNotContain("shutdown")
        .endsWith("livez check passed\n");
    Kubectl.Result unknown = raw(demo.contextOf("gz-1"), "/readyz/nonesuch");
    assertThat(unknown.exitCode()).isNotZero();
    assertThat(unknown.output()).contains("NotFound");
  }

  private static Kubectl.Result raw(String context, String path) {
    return new Kubectl(kubectl, demo.kubeconfig(), dir)
        .run("get", "--raw", path, "--context", context);
  }
}
