package dev.weft.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// The ledger on an object: recording an operation and undoing it restores the object exactly;
/// two drains undone in either order restore the first weights; a field changed by someone
/// else is reported as drift.
class LedgerTest {
  private static final Instant AT = Instant.parse("2026-12-01T14:02:00Z");

  @Test
  void recordThenUndoRestoresTheObjectExactly() {
    ObjectNode route = route("a=34,b=33,c=33");
    ObjectNode drained = change(route, "op1", "a=0,b=50,c=50");
    assertThat(Ledger.entries(drained)).containsOnlyKeys("op1");
    assertThat(Jsons.string(drained, "metadata", "annotations", Ledger.BY)).isEqualTo("alice");
    Ledger.Undo undo = Ledger.undo(drained, "op1");
    assertThat(undo.drift()).isEmpty();
    assertThat(Jsons.text(undo.object())).isEqualTo(Jsons.text(route));
  }

  @Test
  void twoDrainsUndoneInEitherOrderRestoreTheFirstWeights() {
    ObjectNode route = route("a=34,b=33,c=33");
    ObjectNode one = change(route, "op1", "a=0,b=50,c=50");
    ObjectNode two = change(one, "op2", "a=0,b=100,c=0");
    ObjectNode firstBack = Ledger.undo(two, "op1").object();
    assertThat(weights(firstBack)).isEqualTo("a=34,b=83,c=0");
    assertThat(Jsons.text(Ledger.undo(firstBack, "op2").object())).isEqualTo(Jsons.text(route));
    ObjectNode secondBack = Ledger.undo(two, "op2").object();
    assertThat(Jsons.text(Ledger.undo(secondBack, "op1").object())).isEqualTo(Jsons.text(route));
  }

  @Test
  void aWeightChangedBySomeoneElseIsDrift() {
    ObjectNode drained = change(route("a=34,b=33,c=33"), "op1", "a=0,b=50,c=50");
    ObjectNode edited = drained.deepCopy();
    ((ObjectNode) edited.at("/spec/rules/0/backendRefs/1")).put("weight", 70);
    Ledger.Undo undo = Ledger.undo(edited, "op1");
    assertThat(undo.drift()).singleElement().asString().contains("expected 50, now 70");
  }

  @Test
  void undoOfAnUnknownOperationFindsNothing() {
    assertThat(Ledger.undo(route("a=1"), "nope").found()).isFalse();
  }

  private static ObjectNode change(ObjectNode before, String id, String weights) {
    ObjectNode after = before.deepCopy();
    ((ObjectNode) after.get("spec"))
        .set("rules", Jsons.NODES.arrayNode().add(DrainMathTest.rule(null, weights)));
    List<String> paths = new ArrayList<>();
    for (int j = 0; j < 3; j++) {
      paths.add("/spec/rules/0/backendRefs/" + j + "/weight");
    }
    Ledger.record(
        before, after, id, Ledger.entry("drain", "a", null, null, "alice", AT, ""), paths);
    return after;
  }

  private static ObjectNode route(String weights) {
    ObjectNode route =
        Jsons.object().put("apiVersion", "gateway.networking.k8s.io/v1").put("kind", "HTTPRoute");
    route.putObject("metadata").put("name", "health").put("namespace", "edge");
    ArrayNode rules = route.putObject("spec").putArray("rules");
    rules.add(DrainMathTest.rule(null, weights));
    return route;
  }

  private static String weights(ObjectNode route) {
    return DrainMathTest.weights(route.at("/spec/rules/0"));
  }
}
