package dev.weft.ui.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SerialExecutorTest {
  @Test
  void aFrameThatTicksAfterTheWindowClosedItsReaderDropsItsReadInsteadOfThrowing() {
    ExecutorService reader = Executors.newVirtualThreadPerTaskExecutor();
    reader.shutdown();
    SerialExecutor serial = new SerialExecutor(reader);
    AtomicInteger ran = new AtomicInteger();
    // Thrown on the FX thread, this was an error dialog's stack trace at quit.
    assertThatCode(() -> serial.execute(ran::incrementAndGet)).doesNotThrowAnyException();
    assertThatCode(() -> serial.execute(ran::incrementAndGet)).doesNotThrowAnyException();
    assertThat(ran).hasValue(0);
  }

  @Test
  void tasksRunInOrderOneAtATime() {
    StringBuilder order = new StringBuilder();
    SerialExecutor serial = new SerialExecutor(Runnable::run);
    serial.execute(() -> order.append('a'));
    serial.execute(() -> order.append('b'));
    assertThat(order).hasToString("ab");
  }
}
