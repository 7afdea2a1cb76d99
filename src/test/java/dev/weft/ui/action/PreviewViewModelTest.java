package dev.weft.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.action.ActionListener;
import dev.weft.action.ActionRequest;
import dev.weft.action.Confirmation;
import dev.weft.action.Outcome;
import dev.weft.action.Plan;
import dev.weft.action.StepState;
import dev.weft.action.TestPlans;
import dev.weft.ui.ActionService;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/// The preview's run: a storm of progress reaches the FX thread as one hand-over per pulse.
class PreviewViewModelTest {
  @Test
  void progressIsCoalescedToOneHandOverPerPulse() {
    Queue<Runnable> fxQueue = new ArrayDeque<>();
    Plan plan =
        TestPlans.plan(
            new ActionRequest.Drain("gz-1", null),
            List.of(),
            List.of(TestPlans.allowed()),
            List.of(TestPlans.routeStep()));
    ActionService storm =
        new FakeActions() {
          @Override
          public Outcome run(Plan p, Confirmation c, ActionListener listener) {
            for (int i = 0; i < 100; i++) {
              listener.step(p.steps().getFirst(), StepState.APPLIED, "");
            }
            listener.step(p.steps().getFirst(), StepState.VERIFIED, "");
            assertThat(fxQueue).hasSize(1);
            return new Outcome(
                p.operationId(), Outcome.Status.DONE, "done", List.of(), List.of(), Map.of());
          }
        };
    PreviewViewModel vm =
        new PreviewViewModel(plan, storm, Runnable::run, fxQueue::add, (p, o) -> {});
    vm.confirm();
    assertThat(vm.stageProperty().get()).isEqualTo(PreviewViewModel.Stage.RUNNING);
    while (!fxQueue.isEmpty()) {
      fxQueue.poll().run();
    }
    assertThat(vm.steps().getFirst().state()).isEqualTo(StepState.VERIFIED);
    assertThat(vm.stageProperty().get()).isEqualTo(PreviewViewModel.Stage.FINISHED);
  }
}
