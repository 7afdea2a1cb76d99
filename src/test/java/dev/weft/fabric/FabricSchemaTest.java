package dev.weft.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/// Keeps `resources/schema/fabric.schema.json` and the reader from drifting apart. No JSON Schema
/// validator is on the classpath, so this checks the schema's shape against the reader's keys and
/// its patterns against the reader's rules, sample by sample.
class FabricSchemaTest {
  static final Path SCHEMA = Path.of("resources/schema/fabric.schema.json");

  static JsonNode schema;

  @BeforeAll
  static void readSchema() {
    schema = JsonMapper.builder().build().readTree(SCHEMA.toFile());
  }

  @Test
  void isADraft202012Schema() {
    assertThat(schema.path("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("type").asString()).isEqualTo("object");
  }

  @Test
  void everyMappingHasTheReadersKeysAndNoOthers() {
    FabricKeys.BY_PATH.forEach(
        (path, keys) -> {
          JsonNode mapping = at(path);
          assertThat(mapping.path("properties").propertyNames())
              .as("properties of '%s'", path)
              .containsExactlyInAnyOrderElementsOf(keys);
          assertThat(mapping.path("additionalProperties").isBoolean())
              .as("additionalProperties of '%s'", path)
              .isTrue();
          assertThat(mapping.path("additionalProperties").asBoolean()).isFalse();
          mapping
              .path("properties")
              .values()
              .forEach(
                  p ->
                      assertThat(resolve(p).has("description") || p.has("description"))
                          .as("every key of '%s' has a description", path)
                          .isTrue());
        });
  }

  @Test
  void requiresWhatTheReaderRequires() {
    assertThat(schema.path("required").values())
        .extracting(JsonNode::asString)
        .containsExactlyInAnyOrder("apiVersion", "kind", "metadata", "gateway", "zones", "apps");
    assertThat(at("zones[]").path("required").values())
        .extracting(JsonNode::asString)
        .containsExactlyInAnyOrder("name", "context", "namespace", "backend");
    assertThat(at("gateway").path("required").values())
        .extracting(JsonNode::asString)
        .containsExactlyInAnyOrder("context", "namespace", "route");
  }

  @Test
  void acceptsOnlyThisApiVersionAndKind() {
    assertThat(at("").path("properties").path("apiVersion").path("enum").values())
        .extracting(JsonNode::asString)
        .containsExactly(FabricKeys.API_VERSION);
    assertThat(at("").path("properties").path("kind").path("enum").values())
        .extracting(JsonNode::asString)
        .containsExactly(FabricKeys.KIND);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {
        "gz-1",
        "a",
        "1a",
        "Gz-1",
        "gz_1",
        "-gz",
        "gz-",
        "gz.1",
        "",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      })
  void labelPatternAgreesWithTheReader(String name) {
    assertThat(accepts(schema.path("$defs").path("label"), name))
        .isEqualTo(Names.labelProblem(name).isEmpty());
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"health", "health.v2", "health..v2", ".health", "Health", "a-b.c-d"})
  void subdomainPatternAgreesWithTheReader(String name) {
    assertThat(accepts(schema.path("$defs").path("subdomain"), name))
        .isEqualTo(Names.subdomainProblem(name).isEmpty());
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"60s", "10m", "1h30m", "0s", "1h2m3s", "", "60", "1m30", "30s1m", "5ms"})
  void durationPatternAgreesWithTheReader(String text) {
    assertThat(accepts(schema.path("$defs").path("duration"), text))
        .isEqualTo(Durations.parse(text).isPresent());
  }

  @Test
  void remoteAddressNeedsTheZonePlaceholderAndNoOther() {
    JsonNode address = at("apps[]").path("properties").path("remoteAddress");
    assertThat(List.of("a.{zone}.b", "{zone}", "a.{zone}.{zone}"))
        .allMatch(s -> accepts(address, s));
    assertThat(List.of("a.b", "a.{zone}.{region}", "a.{zon}.b"))
        .noneMatch(s -> accepts(address, s));
  }

  private static boolean accepts(JsonNode stringSchema, String value) {
    JsonNode s = resolve(stringSchema);
    return value.length() >= s.path("minLength").asInt(0)
        && value.length() <= s.path("maxLength").asInt(Integer.MAX_VALUE)
        && Pattern.compile(s.path("pattern").asString(".*")).matcher(value).find();
  }

  /// The schema of the mapping at `path` in [FabricKeys#BY_PATH]'s notation.
  private static JsonNode at(String path) {
    JsonNode node = schema;
    for (String segment : path.isEmpty() ? new String[0] : path.split("\\.")) {
      boolean item = segment.endsWith("[]");
      node = resolve(node.path("properties").path(segment.replace("[]", "")));
      node = item ? resolve(node.path("items")) : node;
    }
    return resolve(node);
  }

  private static JsonNode resolve(JsonNode node) {
    String ref = node.path("$ref").asString("");
    return ref.startsWith("#/$defs/")
        ? schema.path("$defs").path(ref.substring("#/$defs/".length()))
        : node;
  }
}
