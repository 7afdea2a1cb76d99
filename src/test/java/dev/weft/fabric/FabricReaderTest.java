package dev.weft.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FabricReaderTest {
  static final Path HEALTH = Path.of("resources/fabrics/health.yaml");
  static final Path MINIMAL = Path.of("src/test/resources/fabrics/minimal.yaml");

  @TempDir Path dir;

  private final FabricReader reader = new FabricReader();

  @Test
  void readsTheReferenceTopology() {
    Fabric fabric = valid(reader.read(HEALTH));

    assertThat(fabric.source()).isEqualTo(HEALTH);
    assertThat(fabric.name()).isEqualTo("health");
    assertThat(fabric.kubeconfig()).isEmpty();
    assertThat(fabric.gateway()).isEqualTo(new Gateway("edge", "edge", "health"));
    assertThat(fabric.zones())
        .extracting(Zone::name, Zone::displayName, Zone::region, Zone::context, Zone::backend)
        .containsExactly(
            tuple("gz-1", "Guangzhou zone 1", "south", "tke-gz-1", "health-gz-1"),
            tuple("sh-1", "Shanghai zone 1", "east", "tke-sh-1", "health-sh-1"),
            tuple("bj-1", "Beijing zone 1", "north", "tke-bj-1", "health-bj-1"));
    assertThat(fabric.regions().keySet()).containsExactly("south", "east", "north");
    assertThat(fabric.regions()).containsEntry("east", List.of("sh-1", "bj-1", "gz-1"));
    assertThat(fabric.apps())
        .containsExactly(
            new App("app1", "app1", List.of("app2"), null),
            new App("app2", "app2", List.of("app3"), "app2.{zone}.health.example"),
            new App("app3", "app3", List.of(), null));
    assertThat(fabric.canary())
        .isEqualTo(new Canary(List.of("gz-1", "sh-1", "bj-1"), HealthGates.defaults()));
  }

  @Test
  void fillsInDefaults() {
    Fabric fabric = valid(reader.read(MINIMAL));

    assertThat(fabric.zone("gz-1")).map(Zone::displayName).contains("gz-1");
    assertThat(fabric.zone("gz-1")).map(Zone::region).isEmpty();
    assertThat(fabric.app("api")).map(App::deployment).contains("api");
    assertThat(fabric.app("api")).map(App::dependsOn).contains(List.of());
    assertThat(fabric.regions()).isEmpty();
    assertThat(fabric.canary().order()).containsExactly("gz-1", "sh-1");
    assertThat(fabric.canary().gates()).isEqualTo(HealthGates.defaults());
  }

  @Test
  void readsGatesGateByGate() throws IOException {
    Fabric fabric =
        valid(
            read(
                minimal()
                    + "canary:\n  gates:\n    minReadyRatio: 0.5\n    soak: 1h30m\n"
                    + "    deadline: 2h\n"));

    assertThat(fabric.canary().gates())
        .isEqualTo(new HealthGates(0.5, 0, 0, Duration.ofMinutes(90), Duration.ofHours(2)));
  }

  @Test
  void resolvesTheKubeconfigAgainstTheFabricFilesFolder() throws IOException {
    Fabric fabric =
        valid(
            read(
                minimal()
                    .replace(
                        "kind: Fabric\n",
                        "kind: Fabric\n" + "kubeconfig: ../clusters/kubeconfig.yaml\n")));

    assertThat(fabric.kubeconfig())
        .isEqualTo(Optional.of(dir.getParent().resolve("clusters/kubeconfig.yaml")));
  }

  @Test
  void anchorsAndMergeKeysWork() throws IOException {
    String zones =
        """
        zones:
          - &gz
            name: gz-1
            context: tke-gz-1
            namespace: shop
            backend: shop-gz-1
          - <<: *gz
            name: sh-1
            context: tke-sh-1
            backend: shop-sh-1
        apps:""";
    String text = minimal();
    text =
        text.substring(0, text.indexOf("zones:"))
            + zones
            + text.substring(text.indexOf("apps:") + 5);

    Fabric fabric = valid(read(text));

    assertThat(fabric.zone("sh-1")).map(Zone::namespace).contains("shop");
    assertThat(fabric.zone("sh-1")).map(Zone::context).contains("tke-sh-1");
  }

  @Test
  void reportsEveryProblemOfAFileInFileOrder() {
    var errors = invalid(reader.read(Path.of("src/test/resources/fabrics/several-problems.yaml")));

    assertThat(errors)
        .extracting(FabricError::line, FabricError::column)
        .containsExactly(
            tuple(4, 9),
            tuple(6, 3),
            tuple(13, 5),
            tuple(15, 14),
            tuple(19, 17),
            tuple(26, 17),
            tuple(28, 10),
            tuple(30, 11));
    assertThat(errors.get(5).message()).isEqualTo("dependency cycle: app1 → app2 → app3 → app1");
  }

  @Test
  void reportsEveryTabNotOnlyTheFirst() throws IOException {
    var errors = invalid(read(minimal().replace("    namespace: shop", "\t\tnamespace: shop")));

    assertThat(errors)
        .extracting(FabricError::line, FabricError::column)
        .containsExactly(tuple(12, 1), tuple(12, 2), tuple(16, 1), tuple(16, 2));
  }

  @Test
  void aMissingFileIsAProblemNotAnException() {
    var errors = invalid(reader.read(dir.resolve("nowhere.yaml")));

    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.message()).isEqualTo("no such file");
              assertThat(e.line()).isZero();
              assertThat(e.format()).startsWith(dir.resolve("nowhere.yaml") + ": no such file");
            });
  }

  @Test
  void aFolderIsAProblem() {
    assertThat(invalid(reader.read(dir)))
        .singleElement()
        .extracting(FabricError::message)
        .isEqualTo("is a folder, not a fabric file");
  }

  @Test
  void filesOverOneMebibyteAreRefusedBeforeParsing() throws IOException {
    Path big = dir.resolve("big.yaml");
    Files.write(big, new byte[1024 * 1024 + 1]);

    assertThat(invalid(reader.read(big)))
        .singleElement()
        .extracting(FabricError::message)
        .isEqualTo("the file is 1.0 MiB; fabric files are limited to 1 MiB");
  }

  @Test
  void aFileOfExactlyOneMebibyteIsParsed() throws IOException {
    Path file = dir.resolve("fabric.yaml");
    String text = minimal();
    Files.writeString(file, text + "#".repeat(1024 * 1024 - text.length()));

    valid(reader.read(file));
  }

  @Test
  void bytesThatAreNotUtf8AreReportedWhereTheyAre() throws IOException {
    Path file = dir.resolve("latin1.yaml");
    Files.write(
        file,
        "apiVersion: weft.dev/v1alpha1\nkind: Fabric\n# caf\u00e9\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    assertThat(invalid(reader.read(file)))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.message())
                  .isEqualTo("the file is not UTF-8 text (byte 0xE9 at offset 48)");
              assertThat(e)
                  .extracting(FabricError::line, FabricError::column)
                  .containsExactly(3, 6);
            });
  }

  @Test
  void aByteOrderMarkIsAccepted() throws IOException {
    valid(read("\uFEFF" + minimal()));
  }

  @Test
  void aLongChainOfDependenciesDoesNotOverflowTheStack() throws IOException {
    StringBuilder apps = new StringBuilder("apps:\n");
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      apps.append("  - name: a")
          .append(i)
          .append("\n    dependsOn: [a")
          .append((i + 1) % n)
          .append("]\n");
    }
    String text = minimal().substring(0, minimal().indexOf("apps:")) + apps;

    var errors = invalid(read(text));

    assertThat(errors)
        .singleElement()
        .extracting(FabricError::message)
        .asString()
        .startsWith("dependency cycle: a0 → a1 → a2")
        .endsWith("→ a19999 → a0");
  }

  @Test
  void readsTextAsIfFromAFile() {
    assertThat(reader.read(Path.of("inline.yaml"), "kind: Fabric\n"))
        .isInstanceOfSatisfying(
            FabricReadResult.Invalid.class,
            invalid ->
                assertThat(invalid.errors())
                    .extracting(FabricError::message)
                    .contains("the fabric file has no 'apiVersion'"));
  }

  private FabricReadResult read(String text) throws IOException {
    Path file = dir.resolve("fabric.yaml");
    Files.writeString(file, text);
    return reader.read(file);
  }

  private static String minimal() {
    try {
      return Files.readString(MINIMAL);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Fabric valid(FabricReadResult result) {
    if (result instanceof FabricReadResult.Invalid invalid) {
      throw new AssertionError(
          String.join("\n", invalid.errors().stream().map(FabricError::format).toList()));
    }
    return ((FabricReadResult.Valid) result).fabric();
  }

  static List<FabricError> invalid(FabricReadResult result) {
    assertThat(result).isInstanceOf(FabricReadResult.Invalid.class);
    return ((FabricReadResult.Invalid) result).errors();
  }
}
