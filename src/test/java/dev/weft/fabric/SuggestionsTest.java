package dev.weft.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {
  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource({
    "dependsOn, dependsOn, 0",
    "dependOn, dependsOn, 1",
    "regoin, region, 1",
    "DependsOn, dependsOn, 0",
    "cnotext, context, 1",
    "abc, '', 3",
    "zones, zone, 1",
    "ab, ba, 1",
    "ca, abc, 3"
  })
  void distanceCountsAdjacentTranspositionsAsOneEdit(String a, String b, int distance) {
    assertThat(Suggestions.distance(a.toLowerCase(), b.toLowerCase())).isEqualTo(distance);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "contxt, context",
    "nmespace, namespace",
    "Backend, backend",
    "maxRestart, maxRestarts",
    "dependson, dependsOn",
    "sh1, sh-1",
    "depends, dependsOn",
    "color, ''",
    "app4, ''"
  })
  void suggestsOnlyAClearClosestCandidate(String word, String expected) {
    List<String> candidates =
        List.of(
            "context", "namespace", "backend", "maxRestarts", "dependsOn", "sh-1", "app1", "app2");
    assertThat(Suggestions.closest(word, candidates).orElse("")).isEqualTo(expected);
  }
}
