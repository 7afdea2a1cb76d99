package dev.weft.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ui.PodLogSource;
import dev.weft.ui.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {
  private final List<String> followed = new ArrayList<>();
  private Consumer<String> sink;
  private final PodLogSource logs =
      (zone, ns, pod, lines) -> {
        followed.add(zone + "/" + ns + "/" + pod);
        sink = lines;
        return () -> {};
      };
  private final InspectorViewModel vm = new InspectorViewModel(logs);

  @Test
  void selectionFillsPodsConditionsWarningsAndCommand() {
    vm.apply(Samples.incident());
    assertThat(vm.emptyProperty().get()).isTrue();
    vm.show("app1@sh-1");
    assertThat(vm.titleProperty().get()).isEqualTo("app1@sh-1");
    assertThat(vm.subtitleProperty().get()).contains("degraded").contains("2/3");
    assertThat(vm.visiblePods()).hasSize(3);
    assertThat(vm.conditions()).extracting(c -> c.type()).contains("Available");
    assertThat(vm.warnings()).hasSize(1);
    assertThat(vm.kubectlProperty().get())
        .isEqualTo("kubectl --context tke-sh-1 -n health get deployment/app1 -o wide");
  }

  @Test
  void theCommandNamesTheFabricsKubeconfigSoItWorksWhenPasted() {
    var s = Samples.incident();
    var f = s.fabric();
    var fabric =
        new dev.weft.fabric.Fabric(
            f.source(),
            f.name(),
            java.util.Optional.of(java.nio.file.Path.of("/tmp/weft demo-1/kubeconfig")),
            f.gateway(),
            f.zones(),
            f.regions(),
            f.apps(),
            f.canary());
    vm.apply(
        new dev.weft.state.FabricSnapshot(fabric, s.version(), s.at(), s.zones(), s.gateway()));
    vm.show("app1@sh-1");
    assertThat(vm.kubectlProperty().get())
        .isEqualTo(
            "kubectl --kubeconfig '/tmp/weft demo-1/kubeconfig' --context tke-sh-1 -n health"
                + " get deployment/app1 -o wide");
  }

  @Test
  void aCrashLoopingPodShowsWhatKubectlShows() {
    var s = Samples.incident();
    var crashing =
        new dev.weft.state.PodSnapshot(
            "app2-abc-1",
            "Running",
            false,
            10,
            java.util.Optional.of("CrashLoopBackOff"),
            s.at().minusSeconds(600),
            "node-1",
            "2.0-bad",
            java.util.Optional.empty(),
            "CrashLoopBackOff",
            java.util.Optional.of("Error, exit code 1"),
            java.util.Optional.of(s.at().minusSeconds(120)));
    vm.apply(
        Samples.edit(s, "app2", "gz-1", p -> Samples.withPods(p, java.util.List.of(crashing))));
    vm.show("app2@gz-1");
    PodRow row = vm.visiblePods().getFirst();
    assertThat(row.status()).isEqualTo("CrashLoopBackOff");
    assertThat(row.restartsText()).isEqualTo("10 (2m ago)");
    assertThat(row.age()).isEqualTo("10m");
    assertThat(row.details()).contains("last state: Error, exit code 1");
  }

  @Test
  void podNamesShowWhatTellsThePodsApart() {
    vm.apply(Samples.healthy());
    vm.show("app1@sh-1");
    var rows = vm.visiblePods();
    assertThat(rows).hasSizeGreaterThan(1);
    for (PodRow row : rows) {
      assertThat(row.shortName())
          .isEqualTo("\u2026" + row.name().substring(row.name().lastIndexOf('-') + 1));
    }
    assertThat(rows.stream().map(PodRow::shortName).distinct()).hasSameSizeAs(rows);
    // A canary's two ReplicaSets share only "app2-": the pods' own suffixes still tell them
    // apart, short enough for the narrow panel.
    assertThat(PodRow.shortNames(java.util.List.of("app2-kxshkvwxkb-lzkgq", "app2-5c6b-fghij")))
        .containsEntry("app2-kxshkvwxkb-lzkgq", "\u2026lzkgq")
        .containsEntry("app2-5c6b-fghij", "\u2026fghij");
    // Where suffixes repeat, the names lose only what they all share.
    assertThat(PodRow.shortNames(java.util.List.of("app1-7d9f-abcde", "app1-5c6b-abcde")))
        .containsEntry("app1-7d9f-abcde", "\u20267d9f-abcde");
    assertThat(PodRow.shortNames(java.util.List.of("job-x"))).containsEntry("job-x", "\u2026x");
    assertThat(PodRow.sharedPrefix(java.util.List.of("app1-7d9f-abcde", "app1-5c6b-fghij")))
        .isEqualTo("app1-");
  }

  @Test
  void podsFilterAndChosenPodFollowsItsLog() {
    vm.apply(Samples.incident());
    vm.show("app1@sh-1");
    vm.podFilterProperty().set("crashloop");
    assertThat(vm.visiblePods()).hasSize(1);
    String pod = vm.visiblePods().getFirst().name();
    vm.selectedPodProperty().set(pod);
    assertThat(vm.kubectlProperty().get()).endsWith("logs -f pod/" + pod);
    assertThat(followed).containsExactly("sh-1/health/" + pod);
    sink.accept("hello");
    vm.log().drain();
    assertThat(vm.log().lines()).containsExactly("hello");
  }

  @Test
  void logTailIsBoundedAndHoldsStillWhilePaused() {
    vm.apply(Samples.incident());
    vm.show("app1@gz-1");
    vm.selectedPodProperty().set(vm.visiblePods().getFirst().name());
    for (int i = 0; i < LogTailViewModel.MAX_LINES + 50; i++) {
      sink.accept("line " + i);
    }
    vm.log().drain();
    assertThat(vm.log().lines()).hasSize(LogTailViewModel.MAX_LINES).endsWith("line 2049");
    vm.log().pausedProperty().set(true);
    sink.accept("later");
    vm.log().drain();
    assertThat(vm.log().lines()).doesNotContain("later");
    assertThat(vm.log().statusProperty().get()).contains("1 new lines");
    vm.log().pausedProperty().set(false);
    vm.log().drain();
    assertThat(vm.log().lines()).endsWith("later");
  }

  @Test
  void theTailKeepsFlowingAfterThousandsOfLinesArriveWhilePaused() {
    vm.apply(Samples.incident());
    vm.show("app1@gz-1");
    vm.selectedPodProperty().set(vm.visiblePods().getFirst().name());
    vm.log().pausedProperty().set(true);
    for (int i = 0; i < 8_000; i++) {
      sink.accept("paused " + i);
    }
    vm.log().drain();
    assertThat(vm.log().statusProperty().get()).contains("older ones dropped");
    vm.log().pausedProperty().set(false);
    vm.log().drain();
    assertThat(vm.log().lines()).endsWith("paused 7999");
    sink.accept("after");
    vm.log().drain();
    assertThat(vm.log().lines()).as("new lines still arrive").endsWith("after");
  }

  @Test
  void theTailResumesWhenItsZoneIsLiveAgain() {
    var live = Samples.incident();
    vm.apply(live);
    vm.show("app1@gz-1");
    String pod = vm.visiblePods().getFirst().name();
    vm.selectedPodProperty().set(pod);
    var lost = Samples.zone(live, "gz-1", dev.weft.state.ConnectionPhase.STALE);
    vm.apply(lost);
    followed.clear();
    vm.apply(Samples.zone(lost, "gz-1", dev.weft.state.ConnectionPhase.LIVE));
    assertThat(followed).containsExactly("gz-1/health/" + pod);
    sink.accept("back");
    vm.log().drain();
    assertThat(vm.log().lines()).endsWith("back");
  }
}
