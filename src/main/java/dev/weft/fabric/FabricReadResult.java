package dev.weft.fabric;

import java.util.List;

/// What reading a fabric file gave: the fabric, or every problem found in it.
public sealed interface FabricReadResult {
  record Valid(Fabric fabric) implements FabricReadResult {}

  record Invalid(List<FabricError> errors) implements FabricReadResult {
    public Invalid {
      errors = List.copyOf(errors);
    }
  }
}
