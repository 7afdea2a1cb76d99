package dev.weft.ui.map;

import static dev.weft.ui.testing.FxAssertions.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ui.export.HeadlessFx;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/// A lane's summary in a storm: the first change shows at once, a burst of changes shows as its
/// last, and nothing in between flickers past.
class SteadyTextTest {
  @Test
  void aBurstShowsItsFirstAtOnceAndItsLastSoonAfter() {
    StringProperty source = new SimpleStringProperty("50 apps, all healthy");
    StringProperty shown = new SimpleStringProperty();
    List<String> seen = new ArrayList<>();
    String first =
        HeadlessFx.call(
            () -> {
              SteadyText.follow(shown, source);
              shown.addListener((o, a, b) -> seen.add(b));
              source.set("50 apps · 1 degraded");
              String now = shown.get();
              for (int i = 2; i <= 40; i++) {
                source.set("50 apps · " + i + " degraded");
              }
              return now;
            });
    assertThat(first).isEqualTo("50 apps · 1 degraded");
    eventually(() -> shown.get().equals("50 apps · 40 degraded"));
    // Forty changes within a quarter of a second: the reader saw two texts, not forty.
    assertThat(HeadlessFx.call(() -> List.copyOf(seen)))
        .containsExactly("50 apps · 1 degraded", "50 apps · 40 degraded");
  }
}
