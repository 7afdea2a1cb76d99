package dev.weft.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.fabric.Fabric;
import dev.weft.ui.FabricSession;
import dev.weft.ui.FabricSessions;
import dev.weft.ui.sample.SampleSessions;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {
  private final SampleSessions samples = new SampleSessions(Clock.systemUTC());
  private final FabricSessions sessions =
      new FabricSessions() {
        @Override
        public FabricSession connect(Fabric fabric) {
          return samples.connect(fabric);
        }

        @Override
        public FabricSession demo() {
          return samples.demo();
        }
      };

  @Test
  void invalidFileShowsItsErrorsAndKeepsWhatWasOpen() {
    FabricSession demo = sessions.demo();
    ShellViewModel vm = new ShellViewModel(sessions, demo, Runnable::run, Runnable::run);
    assertThat(vm.titleProperty().get()).isEqualTo("Weft \u2014 demo fabric");
    assertThat(vm.scenarios()).contains("zone outage");
    vm.open(Path.of("missing.yaml"));
    assertThat(vm.errors()).isNotEmpty().allMatch(e -> e.startsWith("missing.yaml"));
    assertThat(vm.sessionProperty().get()).isSameAs(demo);
    vm.dismissErrors();
    assertThat(vm.errors()).isEmpty();
  }

  @Test
  void demoScenarioChangesTheFeed() {
    FabricSession demo = sessions.demo();
    ShellViewModel vm = new ShellViewModel(sessions, demo, Runnable::run, Runnable::run);
    long before = demo.feed().current().version();
    vm.runScenario("zone outage");
    assertThat(demo.feed().current().version()).isGreaterThan(before);
    vm.apply(demo.feed().current());
    assertThat(vm.map().lanes().getFirst().staleProperty().get()).isTrue();
  }
}
