package dev.weft.fabric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/// One YAML mapping of a fabric file read against the keys it may hold. Duplicate and unknown
/// keys are reported when it is made; the getters report missing and mistyped values, and
/// return `null` for them so that reading goes on and finds every problem.
final class Fields {
  private final Problems problems;
  private final MappingNode node;
  private final String where;
  private final Map<String, NodeTuple> tuples = new LinkedHashMap<>();
  private final Set<String> misspelt = new HashSet<>();
  private final Set<String> empty = new HashSet<>();

  private Fields(Problems problems, MappingNode node, String where, List<String> known) {
    this.problems = problems;
    this.node = node;
    this.where = where;
    for (NodeTuple tuple : node.getValue()) {
      Node key = tuple.getKeyNode();
      Optional<String> name = Yaml.text(key);
      if (name.isEmpty()) {
        problems.at(key, "a key in " + where + " is " + Yaml.describe(key), keysHint(known));
      } else if (tuples.containsKey(name.get())) {
        Pos first = Pos.of(tuples.get(name.get()).getKeyNode());
        problems.at(
            key,
            "duplicate key %s in %s (first on line %d)"
                .formatted(Yaml.quote(name.get()), where, first.line()),
            "keep one of the two; YAML does not merge them");
      } else {
        tuples.put(name.get(), tuple);
        if (known != null && !known.contains(name.get())) {
          Optional<String> meant = Suggestions.closest(name.get(), known);
          meant.ifPresent(misspelt::add);
          problems.at(
              key,
              "unknown key " + Yaml.quote(name.get()) + " in " + where,
              meant.map(m -> "did you mean '" + m + "'?").orElse(keysHint(known)));
        }
      }
    }
  }

  /// Reads `node` as a mapping; reports it and returns empty when it is something else.
  static Optional<Fields> of(Problems problems, Node node, String where, List<String> known) {
    if (node instanceof MappingNode mapping) {
      return Optional.of(new Fields(problems, mapping, where, known));
    }
    problems.at(
        node,
        where + " must be a mapping of keys, found " + Yaml.describe(node),
        "write one 'key: value' per line, indented under it; " + keysHint(known));
    return Optional.empty();
  }

  /// Reads `node` as a mapping whose keys are names the user chooses, such as `regions`.
  static Optional<Fields> ofNames(Problems problems, Node node, String where, String example) {
    if (node instanceof MappingNode mapping) {
      return Optional.of(new Fields(problems, mapping, where, null));
    }
    problems.at(
        node,
        where + " must be a mapping, found " + Yaml.describe(node),
        "write one entry per line, e.g. " + example);
    return Optional.empty();
  }

  /// The keys given, in file order, without duplicates.
  List<Text> keys() {
    return tuples.entrySet().stream()
        .map(e -> new Text(e.getKey(), Pos.of(e.getValue().getKeyNode())))
        .toList();
  }

  private static String keysHint(List<String> known) {
    return "the keys here are " + String.join(", ", known);
  }

  Pos pos() {
    return Pos.of(node);
  }

  /// The value of `key`, if given. A key with no value is reported.
  Optional<Node> value(String key) {
    NodeTuple tuple = tuples.get(key);
    if (tuple == null) {
      return Optional.empty();
    }
    if (Yaml.isNull(tuple.getValueNode())) {
      if (empty.add(key)) {
        problems.at(
            tuple.getKeyNode(),
            "'" + key + "' in " + where + " has no value",
            "give it a value or remove the key");
      }
      return Optional.empty();
    }
    return Optional.of(tuple.getValueNode());
  }

  /// The value of a key that must be given; `hint` says what to write when it is missing.
  Optional<Node> required(String key, String hint) {
    return present(key, hint) ? value(key) : Optional.empty();
  }

  /// Whether `key` is given; reports it missing when not, unless a misspelt key already stands
  /// for it ("unknown key 'contxt'; did you mean 'context'?" says it all).
  boolean present(String key, String hint) {
    if (!tuples.containsKey(key)) {
      if (misspelt.contains(key)) {
        return false;
      }
      problems.at(pos(), where + " has no '" + key + "'", hint);
      return false;
    }
    return true;
  }

  Text requiredText(String key, String hint) {
    return required(key, hint).map(n -> text(key, n)).orElse(null);
  }

  Text optionalText(String key) {
    return value(key).map(n -> text(key, n)).orElse(null);
  }

  /// A non-empty string; numbers and true/false must be quoted, as Kubernetes wants them.
  Text text(String key, Node value) {
    Optional<String> text = Yaml.text(value);
    if (text.isEmpty()) {
      String hint =
          value instanceof ScalarNode scalar
              ? "put it in quotes to make it text: \"" + scalar.getValue() + "\""
              : "write a single value on the same line: " + key + ": <text>";
      problems.at(
          value,
          "'" + key + "' in " + where + " must be text, found " + Yaml.describe(value),
          hint);
      return null;
    }
    if (text.get().isBlank()) {
      problems.at(value, "'" + key + "' in " + where + " is empty", "give it a value");
      return null;
    }
    return new Text(text.get(), Pos.of(value));
  }

  /// A list of strings such as `[gz-1, sh-1]`; `null` when absent or not a list.
  List<Text> textList(String key, String example) {
    Optional<SequenceNode> list = sequence(key, "write a list, e.g. " + key + ": " + example);
    if (list.isEmpty()) {
      return null;
    }
    List<Text> texts = new ArrayList<>();
    for (Node item : list.get().getValue()) {
      Text text = text(key, item);
      if (text != null) {
        texts.add(text);
      }
    }
    return texts;
  }

  /// A YAML list; reports anything else.
  Optional<SequenceNode> sequence(String key, String hint) {
    Optional<Node> value = value(key);
    if (value.isPresent() && !(value.get() instanceof SequenceNode)) {
      problems.at(
          value.get(),
          "'" + key + "' in " + where + " must be a list, found " + Yaml.describe(value.get()),
          hint);
      return Optional.empty();
    }
    return value.map(SequenceNode.class::cast);
  }

  /// A finite number written as an integer or decimal.
  Double number(String key) {
    String text = value(key).map(n -> scalar(n, key, "a number", Tag.INT, Tag.FLOAT)).orElse(null);
    if (text == null) {
      return null;
    }
    OptionalDouble number = parseDouble(text);
    if (number.isEmpty()) {
      problems.at(
          value(key).orElseThrow(),
          "'%s' in %s is %s, not a finite number".formatted(key, where, text),
          "write a decimal number such as 0.5");
      return null;
    }
    return number.getAsDouble();
  }

  private static OptionalDouble parseDouble(String text) {
    try {
      double number = Double.parseDouble(text);
      return Double.isFinite(number) ? OptionalDouble.of(number) : OptionalDouble.empty();
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  /// A whole number of zero or more.
  Integer count(String key) {
    String text = value(key).map(n -> scalar(n, key, "a whole number", Tag.INT)).orElse(null);
    if (text == null) {
      return null;
    }
    try {
      int count = Integer.decode(text.replace("+", ""));
      if (count >= 0) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.at(
        value(key).orElseThrow(),
        "'%s' in %s must be a whole number from 0 to %d, found %s"
            .formatted(key, where, Integer.MAX_VALUE, text),
        "write a whole number such as 0 or 3");
    return null;
  }

  private String scalar(Node value, String key, String what, Tag... tags) {
    if (value instanceof ScalarNode scalar && List.of(tags).contains(scalar.getTag())) {
      return scalar.getValue();
    }
    boolean quoted = Yaml.text(value).map(t -> parseDouble(t).isPresent()).orElse(false);
    String hint =
        quoted ? "write the number without quotes" : "write " + what + ", e.g. " + key + ": 1";
    problems.at(
        value,
        "'" + key + "' in " + where + " must be " + what + ", found " + Yaml.describe(value),
        hint);
    return null;
  }
}
