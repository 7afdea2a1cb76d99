package dev.weft.ui;

import dev.weft.state.FabricSnapshot;
import dev.weft.state.Transition;
import java.util.ArrayList;
import java.util.List;

/// Reads a model's transition history once each: remembers the last `seq` handed out and gives
/// only newer transitions from each snapshot, however many happened between two frames. Starts
/// over when another fabric or another model (its version going back) is applied.
///
/// Threading: one thread (the FX thread, or a test's).
public final class TransitionCursor {
  private long lastSeq;
  private FabricSnapshot previous;

  /// Hands out the whole history of the next snapshot again (another source of snapshots).
  public void restart() {
    lastSeq = 0;
    previous = null;
  }

  /// The transitions of `snapshot` not handed out before, oldest first.
  public List<Transition> next(FabricSnapshot snapshot) {
    if (previous != null
        && (!previous.fabric().equals(snapshot.fabric())
            || snapshot.version() < previous.version())) {
      lastSeq = 0;
    }
    previous = snapshot;
    List<Transition> out = new ArrayList<>();
    for (Transition t : snapshot.transitions()) {
      if (t.seq() > lastSeq) {
        out.add(t);
      }
    }
    if (!out.isEmpty()) {
      lastSeq = out.getLast().seq();
    }
    return out;
  }
}
