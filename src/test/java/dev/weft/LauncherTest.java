package dev.weft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/// The jar's entry point on a JVM older than Weft needs: words, not UnsupportedClassVersionError.
class LauncherTest {
  @Test
  void readsTheFeatureVersionOfOldAndNewJvms() {
    assertThat(Launcher.feature("1.8")).isEqualTo(8);
    assertThat(Launcher.feature("17")).isEqualTo(17);
    assertThat(Launcher.feature("25")).isEqualTo(25);
    assertThat(Launcher.feature("26.0.1")).isEqualTo(26);
  }

  @Test
  void saysWhichJavaItNeedsAndWhichItFound() {
    String text = Launcher.tooOld(17, "/usr/lib/jvm/java-17-openjdk-amd64");

    assertThat(text)
        .startsWith(
            "Weft needs Java 25 or later; this is Java 17 (/usr/lib/jvm/java-17-openjdk-amd64).");
    // this test runs on a JDK 25, which is found where the build found it, or not at all
    assertThat(text).containsAnyOf("alias weft=\"", "Install a JDK 25");
  }
}
