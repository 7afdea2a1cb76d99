package dev.weft.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// Fabric files built to hang or crash a YAML reader: each must come back, quickly, as one
/// problem with its position, never as a spin, a `StackOverflowError` or a blocked read.
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileFabricFilesTest {
  private static final String HEAD =
      """
      apiVersion: weft.dev/v1alpha1
      kind: Fabric
      metadata:
        name: shop
      """;
  private static final String GATEWAY =
      """
      gateway:
        context: edge
        namespace: edge
        route: shop
      """;
  private static final String ZONES =
      """
      zones:
        - name: gz-1
          context: tke-gz-1
          namespace: shop
          backend: shop-gz-1
      """;
  private static final String APPS = "apps:\n  - name: web\n";

  @TempDir Path dir;

  private static List<FabricError> errors(String text) {
    var result = new FabricReader().read(Path.of("f.yaml"), text);
    assertThat(result).isInstanceOf(FabricReadResult.Invalid.class);
    return ((FabricReadResult.Invalid) result).errors();
  }

  @Test
  void aMergeKeyThatRefersToItsOwnAnchorIsAnErrorNotASpin() {
    String text =
        HEAD
            + "gateway: &g\n  context: edge\n  namespace: edge\n  route: shop\n  <<: *g\n"
            + ZONES
            + APPS;

    var errors = errors(text);

    assertThat(errors).hasSize(1);
    assertThat(errors.getFirst().format())
        .isEqualTo(
            "f.yaml:9:7: alias *g is used inside the value of its own anchor &g (line 5)\n"
                + "  hint: an alias cannot repeat the mapping or list that contains it;"
                + " write the keys out, or anchor a smaller part");
  }

  @Test
  void aSelfMergeInsideAZoneIsAnErrorToo() {
    String text =
        HEAD
            + GATEWAY
            + "zones:\n  - &z\n    name: gz-1\n    context: a\n    namespace: shop\n"
            + "    backend: b\n    <<: *z\n"
            + APPS;

    var errors = errors(text);

    assertThat(errors).hasSize(1);
    assertThat(errors.getFirst().line()).isEqualTo(15);
    assertThat(errors.getFirst().message()).startsWith("alias *z is used inside the value of");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "flow sequences, '[', ']'",
    "flow mappings, '{a: ', '}'",
    "block sequences, '- ', ''",
  })
  void nestingTenThousandLevelsDeepIsAnErrorWithItsPosition(
      String shape, String open, String close) {
    String deep = open.repeat(10_000) + "x" + close.repeat(10_000);
    String text = HEAD + GATEWAY + ZONES + APPS + "regions:\n  east:\n    " + deep + "\n";

    var errors = errors(text);

    assertThat(errors).hasSize(1);
    FabricError error = errors.getFirst();
    assertThat(error.message()).isEqualTo("nested more than 64 levels deep");
    assertThat(error.line()).isEqualTo(18);
    assertThat(error.column()).isEqualTo(5 + 62 * open.length());
    assertThat(error.hint()).contains("[ ] or { }");
  }

  @Test
  void deepNestingUnderAnyKeyIsCaught() {
    String text = HEAD.replace("name: shop", "name: " + "[".repeat(10_000)) + GATEWAY;

    var errors = errors(text);

    assertThat(errors).extracting(FabricError::message).contains("nested more than 64 levels deep");
  }

  @Test
  void tooManyAliasesGetWeftsWordsAPositionAndAHint() {
    StringBuilder text = new StringBuilder(HEAD + GATEWAY + ZONES + APPS);
    text.append("regions:\n  east: &e [gz-1]\n");
    for (int i = 0; i < 60; i++) {
      text.append("  r").append(i).append(": *e\n");
    }

    var errors = errors(text.toString());

    assertThat(errors).hasSize(1);
    FabricError error = errors.getFirst();
    assertThat(error.message())
        .isEqualTo("more than 50 aliases of lists and mappings (*e); a fabric file needs few");
    assertThat(error.line()).isEqualTo(17 + 51);
    assertThat(error.column()).isEqualTo(8);
    assertThat(error.hint()).contains("write the values out");
  }

  @Test
  void aFifoIsRefusedBeforeItIsOpened() throws Exception {
    Path fifo = dir.resolve("fabric.yaml");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (java.io.IOException e) {
      assumeTrue(false, "mkfifo is not available: " + e.getMessage());
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");

    var result = new FabricReader().read(fifo);

    assertThat(result).isInstanceOf(FabricReadResult.Invalid.class);
    FabricError error = ((FabricReadResult.Invalid) result).errors().getFirst();
    assertThat(error.message()).isEqualTo("is not a regular file (a pipe, device or socket)");
    assertThat(error.hint()).contains("name the fabric file itself");
  }
}
