package dev.weft.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.cluster.KubeconfigSource;
import dev.weft.demo.DemoFabric;
import dev.weft.demo.DemoOptions;
import dev.weft.demo.RunningDemo;
import dev.weft.demo.sim.Timings;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import dev.weft.fabric.Gateway;
import dev.weft.fabric.Zone;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/// Who may act, as the clusters' RBAC says through SelfSubjectAccessReview: a viewer is refused
/// before anything is written (the audit logs show no write), an on-call engineer fails over
/// and back. One demo for the class.
class ActionPermissionsTest {
  @TempDir static Path dir;
  static RunningDemo demo;
  static Fabric admin;

  @BeforeAll
  static void start() {
    demo =
        DemoFabric.start(
            DemoOptions.defaults().withOutDir(dir.resolve("demo")).withTimings(Timings.fast()));
    admin = ((FabricReadResult.Valid) new FabricReader().read(demo.fabricFile())).fabric();
  }

  @AfterAll
  static void stop() {
    demo.close();
  }

  @Test
  void aViewerIsRefusedWithTheReasonAndNothingIsWritten() {
    try (Actions viewer = open("viewer")) {
      Plan plan = viewer.plan(new ActionRequest.Drain("gz-1", null), "");
      assertThat(plan.feasible()).isFalse();
      assertThat(plan.permissions())
          .as(plan.text())
          .filteredOn(p -> p.verdict() == Permission.Verdict.DENIED)
          .anySatisfy(
              p -> {
                assertThat(p.cluster()).isEqualTo("gateway");
                assertThat(p.verb()).isEqualTo("update");
                assertThat(p.resource()).isEqualTo("httproutes.gateway.networking.k8s.io");
                assertThat(p.describe()).contains("viewer").contains("may not update");
              });
      Outcome outcome = viewer.run(plan, Confirmation.plain(), ActionListener.NONE);
      assertThat(outcome.status()).isEqualTo(Outcome.Status.REFUSED);
      assertThat(outcome.message()).contains("forbidden").contains("httproutes");
      Plan reroute = viewer.plan(new ActionRequest.Reroute("app2", "gz-1", "sh-1"), "");
      assertThat(reroute.blockers(Confirmation.plain()))
          .anyMatch(b -> b.contains("may not update services"));
    }
    for (String cluster : demo.clusterNames()) {
      assertThat(demo.auditEvents(cluster))
          .as(cluster)
          .noneMatch(ActionPermissionsTest::writeByViewer);
    }
  }

  @Test
  void anOnCallEngineerFailsOverAndBack() {
    try (Actions oncall = open("oncall")) {
      Plan plan = oncall.plan(new ActionRequest.Reroute("app2", "sh-1", "bj-1"), "on call");
      assertThat(plan.permissions())
          .allMatch(p -> p.verdict() == Permission.Verdict.ALLOWED, "all allowed");
      Outcome outcome = oncall.run(plan, Confirmation.plain(), ActionListener.NONE);
      assertThat(outcome.status()).as(outcome.message()).isEqualTo(Outcome.Status.DONE);
      assertThat(oncall.inForce())
          .singleElement()
          // The name the cluster authenticated (its SelfSubjectReview), not the kubeconfig's
          // local label for the credentials (weft-demo-gateway-oncall).
          .satisfies(f -> assertThat(f.by()).isEqualTo("oncall"));
      Outcome back =
          oncall.run(
              oncall.plan(new ActionRequest.Failback(new FailbackScope.All()), ""),
              Confirmation.plain(),
              ActionListener.NONE);
      assertThat(back.status()).as(back.message()).isEqualTo(Outcome.Status.DONE);
    }
  }

  private static boolean writeByViewer(JsonNode event) {
    String verb = Jsons.string(event, "verb");
    String resource = Jsons.string(event, "objectRef", "resource");
    return Jsons.string(event, "user", "username").contains("viewer")
        && List.of("create", "update", "patch", "delete").contains(verb)
        && !resource.endsWith("accessreviews");
  }

  /// Actions through `user`'s contexts of the same demo.
  private static Actions open(String user) {
    Gateway g = admin.gateway();
    List<Zone> zones =
        admin.zones().stream()
            .map(
                z ->
                    new Zone(
                        z.name(),
                        z.displayName(),
                        z.region(),
                        demo.contextOf(z.name(), user),
                        z.namespace(),
                        z.backend()))
            .toList();
    Fabric fabric =
        new Fabric(
            admin.source(),
            admin.name(),
            admin.kubeconfig(),
            new Gateway(demo.contextOf("gateway", user), g.namespace(), g.route()),
            zones,
            admin.regions(),
            admin.apps(),
            admin.canary());
    return Actions.open(
        fabric,
        KubeconfigSource.forFabric(fabric),
        ActionOptions.defaults()
            .withJournal(dir.resolve(user + ".jsonl"))
            .withRequestTimeout(Duration.ofSeconds(5)));
  }
}
