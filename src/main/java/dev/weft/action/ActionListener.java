package dev.weft.action;

/// Progress of a running action. Called on the thread that runs [Actions#run] (never the FX
/// thread: a view model hands the values to its pump). Implementations must return quickly.
public interface ActionListener {
  ActionListener NONE = new ActionListener() {};

  /// The action entered `phase`; `detail` says what for a person.
  default void phase(Phase phase, String detail) {}

  /// One step moved to `state`; `detail` gives the reason for FAILED, UNKNOWN and UNDONE.
  default void step(Step step, StepState state, String detail) {}
}
