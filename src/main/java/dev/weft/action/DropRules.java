package dev.weft.action;

import dev.weft.fabric.App;
import dev.weft.state.ConnectionPhase;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.state.PlacementSnapshot;
import dev.weft.state.ZoneSnapshot;

/// Whether a gesture may start an action, decided from the live model alone, at once, for drop
/// targets and hover texts. Pure and cheap: call it on any thread, as often as a drag moves.
///
/// A "yes" here only lets the gesture open the preview: [Actions#plan] reads the clusters and
/// runs the real checks. A "no" is final for the gesture and says why.
public final class DropRules {
  private DropRules() {}

  /// May `zone` be drained onto `toZone` (`null`: proportionally to the others)?
  public static DropVerdict canDrain(FabricSnapshot snapshot, String zone, String toZone) {
    ZoneSnapshot source = snapshot.zones().get(zone);
    if (source == null) {
      return DropVerdict.refuse("no zone " + zone + " in fabric " + snapshot.fabric().name());
    }
    Integer share = snapshot.gateway().weights().get(zone);
    if (share != null && share == 0) {
      return DropVerdict.refuse(zone + " takes no traffic at the gateway: already drained");
    }
    if (toZone == null) {
      // Even the last zone may be drained: the preview then asks for the fabric's name.
      return DropVerdict.allow();
    }
    if (toZone.equals(zone)) {
      return DropVerdict.refuse("a zone cannot be drained onto itself");
    }
    return target(snapshot, toZone);
  }

  /// May the calls of `app` in `zone` be rerouted to `toZone`?
  public static DropVerdict canReroute(
      FabricSnapshot snapshot, String app, String zone, String toZone) {
    App a = snapshot.fabric().app(app).orElse(null);
    if (a == null) {
      return DropVerdict.refuse("no app " + app + " in fabric " + snapshot.fabric().name());
    }
    if (a.remoteAddress() == null) {
      return DropVerdict.refuse(
          app + " has no remoteAddress in the fabric file: other zones cannot reach it");
    }
    if (zone.equals(toZone)) {
      return DropVerdict.refuse("drop onto " + app + " in another zone");
    }
    if (!snapshot.zones().containsKey(zone)) {
      return DropVerdict.refuse("no zone " + zone);
    }
    ZoneSnapshot z = snapshot.zones().get(zone);
    // Reroutes are kept on the callers: app1@gz-1 whose calls for app2 go to sh-1.
    for (PlacementSnapshot caller : z.placements().values()) {
      if (!caller.reroutes().isEmpty() && toZone.equals(caller.reroutes().get(app))) {
        return DropVerdict.refuse(app + "@" + zone + " is already rerouted to " + toZone);
      }
    }
    DropVerdict target = target(snapshot, toZone);
    if (!target.allowed()) {
      return target;
    }
    PlacementSnapshot there = snapshot.zones().get(toZone).placements().get(app);
    if (there == null || there.ready() == 0) {
      return DropVerdict.refuse(app + "@" + toZone + " has no ready pod to take the calls");
    }
    return DropVerdict.allow();
  }

  private static DropVerdict target(FabricSnapshot snapshot, String toZone) {
    ZoneSnapshot target = snapshot.zones().get(toZone);
    if (target == null) {
      return DropVerdict.refuse("no zone " + toZone);
    }
    if (target.connection().phase() != ConnectionPhase.LIVE) {
      String why = target.connection().reason();
      return DropVerdict.refuse(
          toZone
              + " is "
              + target.connection().phase().name().toLowerCase()
              + (why.isEmpty() ? "" : ": " + why));
    }
    Integer share = snapshot.gateway().weights().get(toZone);
    if (share != null
        && share == 0
        && snapshot.gateway().connection().phase() == ConnectionPhase.LIVE) {
      return DropVerdict.refuse(toZone + " is drained at the gateway");
    }
    if (target.health() == Health.DOWN) {
      return DropVerdict.refuse(toZone + " is down");
    }
    return DropVerdict.allow();
  }
}
