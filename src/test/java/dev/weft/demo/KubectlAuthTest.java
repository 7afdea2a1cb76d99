package dev.weft.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The demo's users with the real kubectl: `auth can-i` yes and no for each, `auth whoami`,
/// `auth can-i --list`, a viewer refused with Kubernetes' Forbidden message, and `kubectl create
/// rolebinding` / `delete rolebinding` changing rights at once. Skipped without kubectl.
class KubectlAuthTest {
  @TempDir static Path dir;
  static RunningDemo demo;
  static String kubectl;

  record Run(int exit, String output) {}

  @BeforeAll
  static void start() {
    kubectl = findKubectl();
    Assumptions.assumeTrue(
        kubectl != null, "kubectl is not installed (not on PATH): skipping kubectl auth tests");
    demo = DemoClients.fastDemo(dir, 1, 1);
  }

  @AfterAll
  static void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void canIAnswersYesAndNoForEachUser() {
    String admin = demo.contextOf("gz-1");
    String oncall = demo.contextOf("gz-1", "oncall");
    String viewer = demo.contextOf("gz-1", "viewer");
    String gatewayOncall = demo.contextOf("gateway", "oncall");
    String gatewayViewer = demo.contextOf("gateway", "viewer");
    assertCan(true, admin, "delete", "pods");
    assertCan(true, admin, "create", "rolebindings");
    assertCan(true, oncall, "patch", "deployments");
    assertCan(true, oncall, "create", "deployments");
    assertCan(false, oncall, "delete", "pods");
    assertCan(false, oncall, "patch", "deployments", "-n", "kube-system");
    assertCan(true, gatewayOncall, "patch", "httproutes", "-n", "edge");
    assertCan(true, viewer, "list", "pods");
    assertCan(false, viewer, "patch", "deployments");
    assertCan(false, gatewayViewer, "patch", "httproutes", "-n", "edge");
  }

  @Test
  void whoamiAndCanIListTellEachUserWhoTheyAreAndWhatTheyMayDo() {
    assertThat(ok("auth", "whoami", "--context", demo.contextOf("gz-1", "viewer")))
        .contains("viewer", "system:authenticated");
    String list = ok("auth", "can-i", "--list", "--context", demo.contextOf("gz-1", "oncall"));
    assertThat(list)
        .contains("deployments.apps", "[create update patch delete]", "*.*", "[get list watch]");
    assertThat(ok("auth", "can-i", "--list", "--context", demo.contextOf("gz-1", "viewer")))
        .doesNotContain("deployments.apps");
  }

  @Test
  void aViewerIsRefusedWithKubernetesForbiddenMessage() {
    Run refused =
        run(
            "--context",
            demo.contextOf("gateway", "viewer"),
            "-n",
            "edge",
            "patch",
            "httproute",
            "health",
            "--type",
            "merge",
            "-p",
            "{\"metadata\":{\"labels\":{\"x\":\"y\"}}}");
    assertThat(refused.exit()).isNotZero();
    assertThat(refused.output())
        .contains(
            "Error from server (Forbidden): httproutes.gateway.networking.k8s.io \"health\" is"
                + " forbidden: User \"viewer\" cannot patch resource \"httproutes\" in API group"
                + " \"gateway.networking.k8s.io\" in the namespace \"edge\"");
  }

  @Test
  void createAndDeleteRoleBindingChangeRightsAtOnce() {
    String viewer = demo.contextOf("gz-1", "viewer");
    assertCan(false, viewer, "delete", "pods");
    assertThat(
            ok(
                "create",
                "rolebinding",
                "viewer-admin",
                "--clusterrole=cluster-admin",
                "--user=viewer",
                "-n",
                "health"))
        .contains("created");
    assertCan(true, viewer, "delete", "pods");
    assertThat(ok("get", "rolebindings", "-n", "health")).contains("viewer-admin");
    assertThat(ok("delete", "rolebinding", "viewer-admin", "-n", "health")).contains("deleted");
    assertCan(false, viewer, "delete", "pods");
    assertThat(ok("get", "clusterroles")).contains("cluster-admin", "view", "system:discovery");
  }

  /// `--as` is how people check RBAC: the demo answered as the sender, so an admin asking
  /// `can-i … --as=viewer` heard "yes".
  @Test
  void impersonationActsAsTheImpersonatedUserAndOnlyAdminsMayImpersonate() {
    String admin = demo.contextOf("gz-1");
    String viewer = demo.contextOf("gz-1", "viewer");
    assertCan(false, admin, "patch", "deployments", "--as=viewer");
    assertCan(true, admin, "list", "pods", "--as=viewer");
    assertThat(ok("auth", "whoami", "--as=viewer", "--context", admin)).contains("viewer");
    Run refused = run("get", "pods", "--as=admin", "--context", viewer);
    assertThat(refused.exit()).isNotZero();
    assertThat(refused.output())
        .contains(
            "users \"admin\" is forbidden: User \"viewer\" cannot impersonate resource"
                + " \"users\" in API group \"\" at the cluster scope");
  }

  @Test
  void anUnknownTokenIsUnauthorized() throws IOException {
    Path bare = dir.resolve("bare-kubeconfig");
    String server = demo.apiUrl("gz-1");
    Files.writeString(
        bare,
        "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: "
            + server
            + "\n    insecure-skip-tls-verify: true\ncontexts:\n- name: c\n  context:\n"
            + "    cluster: c\n    user: u\ncurrent-context: c\nusers:\n- name: u\n  user:\n"
            + "    token: not-a-demo-token\n");
    Run run = runWith(bare, "get", "--raw", "/api/v1/namespaces/health/pods");
    assertThat(run.exit()).isNotZero();
    assertThat(run.output()).contains("Unauthorized");
  }

  private void assertCan(boolean expected, String context, String... question) {
    List<String> args = new ArrayList<>(List.of("auth", "can-i"));
    args.addAll(List.of(question));
    args.addAll(List.of("--context", context));
    Run run = run(args.toArray(String[]::new));
    assertThat(run.output().trim())
        .as("%s: kubectl auth can-i %s", context, String.join(" ", question))
        .isEqualTo(expected ? "yes" : "no");
    assertThat(run.exit()).isEqualTo(expected ? 0 : 1);
  }

  private static String ok(String... args) {
    Run run = run(args);
    assertThat(run.exit()).as("kubectl %s: %s", String.join(" ", args), run.output()).isZero();
    return run.output();
  }

  private static Run run(String... args) {
    return runWith(demo.kubeconfig(), args);
  }

  private static Run runWith(Path kubeconfig, String... args) {
    Kubectl.Result result = new Kubectl(kubectl, kubeconfig, dir).run(args);
    return new Run(result.exitCode(), result.output());
  }

  private static String findKubectl() {
    return Kubectl.find();
  }
}
