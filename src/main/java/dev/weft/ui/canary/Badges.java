package dev.weft.ui.canary;

import dev.weft.action.canary.GateResult;
import dev.weft.ui.ReleaseView;

/// The canary badge's words. Stateless.
final class Badges {
  private Badges() {}

  /// `canary 2.0 · 25 %`: the canary's ready pods over all ready pods of the app in its zone,
  /// which is its share of the zone's calls (the Service picks among ready pods alike).
  static String canary(ReleaseView r, int stableReady) {
    String version = r.image().substring(r.image().lastIndexOf(':') + 1);
    double ratio = 0;
    if (r.report() != null) {
      for (GateResult g : r.report().gates()) {
        if (g.gate().equals("ready ratio")) {
          ratio = Numbers.decimal(g.value());
        }
      }
    }
    long canaryReady = Math.round(ratio * r.replicas());
    long all = canaryReady + stableReady;
    long share = all == 0 ? 0 : Math.round(100.0 * canaryReady / all);
    return "canary " + version + " \u00b7 " + share + " %";
  }
}
