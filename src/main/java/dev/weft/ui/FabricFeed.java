package dev.weft.ui;

import dev.weft.state.FabricSnapshot;

/// Where the window reads the live fabric from: the seam between the live model and the views.
///
/// Threading: [#current] is lock-free and may be called from any thread, typically once per frame
/// from the FX thread. [#onChange] listeners are called on the feed's own background thread, as
/// often as the model changes; they must only set a flag and return.
public interface FabricFeed {
  /// The latest snapshot; never `null`.
  FabricSnapshot current();

  /// Registers a change signal; closing the returned handle unregisters it.
  AutoCloseable onChange(Runnable listener);
}
