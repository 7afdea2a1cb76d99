package dev.weft.fabric;

import java.util.List;

/// What reading a fabric file gave: the fabric, or every problem found in it.
public sealed interface FabricReadResult {
  record Valid(Fabric fabric) implements FabricReadResult {}

  /// @param unreadable the file could not be read at all (missing, a folder or pipe, not
  ///     allowed, too big), as opposed to read and found wrong: commands exit 2 for the first
  ///     (they cannot do what was asked) and `validate` exits 1 for the second
  record Invalid(List<FabricError> errors, boolean unreadable) implements FabricReadResult {
    public Invalid {
      errors = List.copyOf(errors);
    }

    public Invalid(List<FabricError> errors) {
      this(errors, false);
    }
  }
}
