package dev.weft.fabric;

import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/// Small questions about SnakeYAML nodes, worded for users.
final class Yaml {
  private Yaml() {}

  static boolean isNull(Node node) {
    return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
  }

  /// The text of a string scalar, or empty for anything else.
  static Optional<String> text(Node node) {
    return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR)
        ? Optional.of(scalar.getValue())
        : Optional.empty();
  }

  /// `text` in single quotes for a message, on one line and cut short when long.
  static String quote(String text) {
    String line = text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    return "'" + (line.length() > 80 ? line.substring(0, 77) + "..." : line) + "'";
  }

  /// The `name` a list item gives itself, to name the item in messages.
  static Optional<String> nameOf(Node item) {
    if (item instanceof MappingNode mapping) {
      for (var tuple : mapping.getValue()) {
        if (text(tuple.getKeyNode()).filter("name"::equals).isPresent()) {
          return text(tuple.getValueNode());
        }
      }
    }
    return Optional.empty();
  }

  /// What the user wrote, as a message names it: `a list`, `a number (5)`, `text 'abc'`.
  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (!(node instanceof ScalarNode scalar)) {
      return "a " + node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
    Tag tag = scalar.getTag();
    if (tag.equals(Tag.NULL)) {
      return "no value";
    }
    if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      return "a number (" + scalar.getValue() + ")";
    }
    if (tag.equals(Tag.BOOL)) {
      return "true/false (" + scalar.getValue() + ")";
    }
    return "text " + quote(scalar.getValue());
  }
}
