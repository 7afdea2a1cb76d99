package dev.weft.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.fabric.App;
import dev.weft.fabric.Canary;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.Gateway;
import dev.weft.fabric.HealthGates;
import dev.weft.fabric.Zone;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// The drain math as a table: default rule weights before → after, region rules, and what is
/// refused. Rules are written `a=34,b=33,c=33`; zone `a` has backend `health-a`.
class DrainMathTest {
  private static final Fabric FABRIC = fabric();

  @ParameterizedTest(name = "drain {1} of {0} (to {2}) → {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "a=34,b=33,c=33 | a | - | a=0,b=50,c=50",
        "a=50,b=30,c=20 | a | - | a=0,b=60,c=40",
        "a=1,b=1,c=1    | a | - | a=0,b=2,c=1",
        "a=34,b=33,c=33 | a | c | a=0,b=33,c=67",
        "a=34,b=66,c=0  | a | - | a=0,b=100,c=0",
        "a=100,b=0,c=0  | a | - | a=0,b=0,c=0",
        "a=0,b=50,c=50  | a | - | a=0,b=50,c=50",
        "a=10,b=20,c=30 | c | - | a=20,b=40,c=0",
        "a,b,c          | b | - | a=2,b=0,c=1",
      })
  void defaultRule(String before, String zone, String target, String after) {
    ArrayNode rules = Jsons.NODES.arrayNode().add(rule(null, before));
    DrainMath.Result r = DrainMath.drain(FABRIC, rules, zone, target, Set.of(), Set.of());
    assertThat(weights(r.rules().get(0))).isEqualTo(after);
    assertThat(weights(rules.get(0))).as("input untouched").isEqualTo(weights(rule(null, before)));
  }

  @ParameterizedTest(name = "drain {0}: last zone {1}")
  @CsvSource(
      delimiter = '|',
      value = {"a=100,b=0,c=0 | true", "a=34,b=33,c=33 | false"})
  void lastZone(String before, boolean last) {
    ArrayNode rules = Jsons.NODES.arrayNode().add(rule(null, before));
    assertThat(DrainMath.drain(FABRIC, rules, "a", null, Set.of(), Set.of()).lastZone())
        .isEqualTo(last);
  }

  @ParameterizedTest(name = "region {0} {1}, unavailable {2}, drain {3} → {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // south's nearest-first order is a, b, c: draining a sends south to b.
        "south | a=100,b=0,c=0 | -   | a | a=0,b=100,c=0",
        // b is unhealthy: skipped, south goes to c.
        "south | a=100,b=0,c=0 | b   | a | a=0,b=0,c=100",
        // draining a zone the region does not use changes nothing in that rule.
        "south | a=100,b=0,c=0 | -   | c | a=100,b=0,c=0",
        // north's order is c, b, a.
        "north | a=0,b=0,c=100 | -   | c | a=0,b=100,c=0",
      })
  void regionRule(String region, String before, String unavailable, String zone, String after) {
    ArrayNode rules =
        Jsons.NODES.arrayNode().add(rule(region, before)).add(rule(null, "a=34,b=33,c=33"));
    Set<String> down = unavailable == null ? Set.of() : Set.of(unavailable);
    DrainMath.Result r = DrainMath.drain(FABRIC, rules, zone, null, Set.of(), down);
    assertThat(weights(r.rules().get(0))).isEqualTo(after);
  }

  @ParameterizedTest(name = "region rule with every other zone out: {0} left")
  @CsvSource({"south"})
  void regionWithoutZone(String region) {
    ArrayNode rules =
        Jsons.NODES
            .arrayNode()
            .add(rule(region, "a=100,b=0,c=0"))
            .add(rule(null, "a=34,b=33,c=33"));
    DrainMath.Result r = DrainMath.drain(FABRIC, rules, "a", null, Set.of(), Set.of("b", "c"));
    assertThat(r.regionsLeft()).containsExactly(region);
  }

  @org.junit.jupiter.api.Test
  void unmanagedRulesAndFieldsStayAsTheyWere() {
    ObjectNode unmanaged = rule(null, "x=5");
    unmanaged.putArray("filters").addObject().put("type", "RequestHeaderModifier");
    ObjectNode managed = rule(null, "a=34,b=33,c=33,x=7");
    managed.putArray("filters").addObject().put("type", "URLRewrite");
    ArrayNode rules = Jsons.NODES.arrayNode().add(unmanaged).add(managed);
    DrainMath.Result r = DrainMath.drain(FABRIC, rules, "a", null, Set.of(), Set.of());
    assertThat(r.rules().get(0)).isEqualTo(unmanaged);
    assertThat(weights(r.rules().get(1))).isEqualTo("a=0,b=50,c=50,x=7");
    assertThat(r.rules().get(1).get("filters")).isEqualTo(managed.get("filters"));
    assertThat(r.rules().get(1).get("matches")).isEqualTo(managed.get("matches"));
  }

  @org.junit.jupiter.api.Test
  void anUnreachableZoneTakesNoShareAndAloneIsAProblem() {
    ArrayNode rules = Jsons.NODES.arrayNode().add(rule(null, "a=34,b=33,c=33"));
    DrainMath.Result r = DrainMath.drain(FABRIC, rules, "a", null, Set.of("b"), Set.of("b"));
    assertThat(weights(r.rules().get(0))).isEqualTo("a=0,b=33,c=67");
    DrainMath.Result none = DrainMath.drain(FABRIC, rules, "a", null, Set.of("b", "c"), Set.of());
    assertThat(none.problems()).singleElement().asString().contains("no reachable zone");
  }

  @org.junit.jupiter.api.Test
  void aTargetMissingFromTheRuleIsAProblem() {
    ArrayNode rules = Jsons.NODES.arrayNode().add(rule(null, "a=50,b=50"));
    assertThat(DrainMath.drain(FABRIC, rules, "a", "c", Set.of(), Set.of()).problems())
        .singleElement()
        .asString()
        .contains("no backendRef for c");
  }

  // ---- fixtures ------------------------------------------------------------------------------

  private static Fabric fabric() {
    List<Zone> zones = new ArrayList<>();
    for (String z : List.of("a", "b", "c")) {
      zones.add(new Zone(z, z, null, z, "health", "health-" + z));
    }
    Map<String, List<String>> regions = new LinkedHashMap<>();
    regions.put("south", List.of("a", "b", "c"));
    regions.put("north", List.of("c", "b", "a"));
    return new Fabric(
        Path.of("t.yaml"),
        "health",
        Optional.empty(),
        new Gateway("edge", "edge", "health"),
        zones,
        regions,
        List.of(new App("app1", "app1", List.of(), null)),
        new Canary(List.of("a", "b", "c"), HealthGates.defaults()));
  }

  /// `a=34,b=33` → backendRefs health-a weight 34, …; `a` alone has no weight (weighs 1);
  /// `x=5` is a backend no zone owns.
  static ObjectNode rule(String region, String weights) {
    ObjectNode rule = Jsons.object();
    ObjectNode match = rule.putArray("matches").addObject();
    if (region != null) {
      match.putArray("headers").addObject().put("name", "x-weft-region").put("value", region);
    }
    match.putObject("path").put("type", "PathPrefix").put("value", "/");
    ArrayNode refs = rule.putArray("backendRefs");
    for (String part : weights.strip().split(",")) {
      String[] kv = part.strip().split("=");
      ObjectNode ref = refs.addObject().put("name", "health-" + kv[0]).put("port", 8080);
      if (kv.length == 2) {
        ref.put("weight", Integer.parseInt(kv[1]));
      }
    }
    return rule;
  }

  static String weights(JsonNode rule) {
    List<String> out = new ArrayList<>();
    for (JsonNode ref : rule.path("backendRefs")) {
      out.add(
          Jsons.string(ref, "name").substring("health-".length()) + "=" + DrainMath.weight(ref));
    }
    return String.join(",", out);
  }
}
