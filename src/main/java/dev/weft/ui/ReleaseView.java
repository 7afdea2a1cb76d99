package dev.weft.ui;

import dev.weft.action.canary.GateReport;
import dev.weft.action.canary.Release;
import dev.weft.action.canary.ReleasePhase;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/// What the panel shows of one release at one moment: the release as read from its record and
/// the gates of the zone being judged (`null` once it ended). Immutable.
///
/// @param currentZone the zone being judged or promoted
/// @param touched the zones whose stable Deployment already runs the new image
/// @param results per zone, what the release did there (`promoted`, `rolled back`…)
public record ReleaseView(
    String app,
    String id,
    String image,
    String canaryZone,
    int replicas,
    List<String> order,
    List<String> touched,
    String currentZone,
    ReleasePhase phase,
    boolean paused,
    boolean promoteRequested,
    String state,
    String by,
    Instant startedAt,
    Instant stepSince,
    Map<String, String> results,
    GateReport report) {
  public ReleaseView {
    order = List.copyOf(order);
    touched = List.copyOf(touched);
    results = Map.copyOf(results);
  }

  public boolean inProgress() {
    return !phase.ended();
  }

  /// Copies what a [Release] holds, with `report` (may be `null`).
  static ReleaseView of(Release r, GateReport report) {
    return new ReleaseView(
        r.app(),
        r.id(),
        r.image(),
        r.canaryZone(),
        r.replicas(),
        r.order(),
        r.touched(),
        r.phase().ended() ? "" : r.currentZone(),
        r.phase(),
        r.paused(),
        r.promoteRequested(),
        r.state(),
        r.by(),
        r.startedAt(),
        r.stepSince(),
        r.results(),
        report);
  }
}
