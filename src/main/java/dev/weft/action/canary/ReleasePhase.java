package dev.weft.action.canary;

/// Where a canary release stands. `PROMOTED` and `ABORTED` are final; a new release may start
/// after them.
public enum ReleasePhase {
  /// The canary Deployment runs beside the stable one in the canary zone and is judged.
  CANARY,
  /// Zone by zone in `canary.order`, the stable Deployment takes the new image and is judged.
  PROMOTING,
  /// Rolling every touched zone back to its previous image (retried until every zone answers).
  ABORTING,
  PROMOTED,
  ABORTED;

  public boolean ended() {
    return this == PROMOTED || this == ABORTED;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
