package dev.weft.fabric;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/// Collects every problem found in one fabric file, so that all are reported together.
/// Not thread-safe: one per read.
final class Problems {
  private final Path file;
  private final List<FabricError> errors = new ArrayList<>();

  Problems(Path file) {
    this.file = file;
  }

  void at(Pos pos, String message, String hint) {
    errors.add(new FabricError(file, pos.line(), pos.column(), message, hint));
  }

  void at(Node node, String message, String hint) {
    at(Pos.of(node), message, hint);
  }

  void file(String message, String hint) {
    at(Pos.FILE, message, hint);
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  /// The problems in file order.
  List<FabricError> sorted() {
    return errors.stream()
        .sorted(Comparator.comparingInt(FabricError::line).thenComparingInt(FabricError::column))
        .toList();
  }
}
