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

  @Test
  void openingAFabricStartsWithoutADemoAndTailsLogsThroughItsSession() {
    java.util.List<String> followed = new java.util.ArrayList<>();
    FabricSessions recording =
        new FabricSessions() {
          @Override
          public FabricSession connect(Fabric fabric) {
            FabricSession real = samples.connect(fabric);
            return new FabricSession() {
              @Override
              public dev.weft.ui.FabricFeed feed() {
                return real.feed();
              }

              @Override
              public dev.weft.ui.PodLogSource logs() {
                return (zone, namespace, pod, lines) -> {
                  followed.add(zone + "/" + pod);
                  return () -> {};
                };
              }

              @Override
              public void close() {}
            };
          }

          @Override
          public FabricSession demo() {
            throw new AssertionError("a named fabric must not start the demo");
          }
        };
    ShellViewModel vm = new ShellViewModel(recording, null, Runnable::run, Runnable::run);
    vm.open(Path.of("resources/fabrics/health.yaml"));
    assertThat(vm.errors()).isEmpty();
    assertThat(vm.titleProperty().get()).isEqualTo("Weft \u2014 health.yaml");
    vm.inspector().log().follow("gz-1", "health", "app1-abc");
    assertThat(followed).containsExactly("gz-1/app1-abc");
  }
}
