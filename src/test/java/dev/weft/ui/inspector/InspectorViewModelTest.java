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
}
