package dev.weft.fabric;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/// A 1-based line and column in a fabric file; `0:0` stands for the whole file.
record Pos(int line, int column) {
  static final Pos FILE = new Pos(0, 0);

  static Pos of(Optional<Mark> mark) {
    return mark.map(m -> new Pos(m.getLine() + 1, m.getColumn() + 1)).orElse(FILE);
  }

  static Pos of(Node node) {
    return of(node.getStartMark());
  }
}
