package dev.weft.fabric;

import java.time.Duration;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/// Reads the optional `canary` section; what is not given takes the defaults: zones in file order,
/// [HealthGates#defaults()] gate by gate.
final class CanaryParser {
  private final Problems problems;

  CanaryParser(Problems problems) {
    this.problems = problems;
  }

  Draft.CanaryDraft parse(Fields top) {
    Optional<Fields> canary =
        top.value("canary").flatMap(n -> Fields.of(problems, n, "canary", FabricKeys.CANARY));
    if (canary.isEmpty()) {
      return new Draft.CanaryDraft(top.pos(), null, HealthGates.defaults());
    }
    Fields c = canary.get();
    var order = c.textList("order", "[gz-1, sh-1, bj-1]");
    Pos orderPos = c.value("order").map(Pos::of).orElse(c.pos());
    HealthGates gates =
        c.value("gates")
            .flatMap(n -> Fields.of(problems, n, "canary.gates", FabricKeys.GATES))
            .map(this::gates)
            .orElse(HealthGates.defaults());
    return new Draft.CanaryDraft(orderPos, order, gates);
  }

  private HealthGates gates(Fields g) {
    HealthGates d = HealthGates.defaults();
    Double ratio = g.number("minReadyRatio");
    if (ratio != null && (ratio < 0 || ratio > 1)) {
      problems.at(
          g.value("minReadyRatio").map(Pos::of).orElse(g.pos()),
          "minReadyRatio " + ratio + " is outside 0 to 1",
          "write the share of ready pods required, from 0 (none) to 1 (all), e.g. 0.9");
      ratio = null;
    }
    Integer restarts = g.count("maxRestarts");
    Integer warnings = g.count("maxWarningEvents");
    Duration soak = duration(g, "soak");
    Duration deadline = duration(g, "deadline");
    HealthGates gates =
        new HealthGates(
            ratio == null ? d.minReadyRatio() : ratio,
            restarts == null ? d.maxRestarts() : restarts,
            warnings == null ? d.maxWarningEvents() : warnings,
            soak == null ? d.soak() : soak,
            deadline == null ? d.deadline() : deadline);
    Optional<Node> deadlineNode = g.value("deadline");
    if (deadline != null && deadline.isZero()) {
      problems.at(deadlineNode.orElseThrow(), "deadline is 0s", "give the canary time, e.g. 10m");
    } else if (gates.deadline().compareTo(gates.soak()) <= 0
        && (soak != null || deadline != null)) {
      String given = deadline == null ? "the default deadline " : "deadline ";
      String other = soak == null ? " the default soak " : " soak ";
      problems.at(
          deadlineNode.or(() -> g.value("soak")).orElseThrow(),
          given
              + Durations.format(gates.deadline())
              + " is not longer than"
              + other
              + Durations.format(gates.soak())
              + ", so no canary could ever pass",
          "make the deadline longer than the soak, e.g. soak: 60s and deadline: 10m");
    }
    return gates;
  }

  private Duration duration(Fields g, String key) {
    Optional<Node> node = g.value(key);
    if (node.isEmpty()) {
      return null;
    }
    Optional<String> text = Yaml.text(node.get());
    Optional<Duration> duration = text.flatMap(Durations::parse);
    if (duration.isEmpty()) {
      if (node.get() instanceof ScalarNode n && n.getTag().equals(Tag.INT)) {
        problems.at(
            n,
            key + " " + n.getValue() + " has no unit",
            "add one, e.g. " + key + ": " + n.getValue() + "s; " + Durations.HINT);
      } else {
        String what = text.map(Yaml::quote).orElse(Yaml.describe(node.get()));
        problems.at(node.get(), key + " " + what + " is not a duration", Durations.HINT);
      }
    }
    return duration.orElse(null);
  }
}
