package dev.weft.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"gz-1", "a", "0", "app1", "health-gz-1", "1a"})
  void acceptsLabels(String name) {
    assertThat(Names.labelProblem(name)).isEmpty();
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''       | is empty
          Gz-1     | has upper-case letters
          gz_1     | contains '_'
          gz.1     | contains '.'
          -gz      | must start and end with a letter or digit
          gz-      | must start and end with a letter or digit
          gz 1     | contains ' '
          """)
  void explainsWhatIsWrongWithALabel(String name, String problem) {
    assertThat(Names.labelProblem(name)).contains(problem);
  }

  @org.junit.jupiter.api.Test
  void labelsHaveAtMost63Characters() {
    assertThat(Names.labelProblem("a".repeat(63))).isEmpty();
    assertThat(Names.labelProblem("a".repeat(64))).contains("is 64 characters long, over 63");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "health, ",
    "health.v2, ",
    "health..v2, must start and end with a letter or digit",
    "Health, has upper-case letters",
    "health_v2, contains '_'"
  })
  void subdomainsMayHaveDots(String name, String problem) {
    assertThat(Names.subdomainProblem(name).orElse(null)).isEqualTo(problem);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"Gz_1, gz-1", "Health Prod, health-prod", "-app-, app", "__, ''"})
  void suggestsANearbyLabel(String name, String expected) {
    assertThat(Names.suggestLabel(name)).isEqualTo(expected);
  }
}
