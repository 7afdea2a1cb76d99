package dev.weft.action.canary;

import dev.weft.action.ApiException;
import dev.weft.action.ObjectWrites;
import dev.weft.action.Permission;
import dev.weft.fabric.App;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.HealthGates;
import dev.weft.fabric.Zone;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/// Plans a start from the live objects: the app and zone exist, every zone of the order answers
/// (its current image is the release's "previous"), no release of the app is in progress, the
/// user may make every write (SelfSubjectAccessReview). Writes nothing. Blocks.
final class StartPlanner {
  private static final DateTimeFormatter ID =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final Fabric fabric;
  private final ObjectWrites writes;
  private final ReleaseRecords records;
  private final ZoneReader reader;

  StartPlanner(Fabric fabric, ObjectWrites writes, ReleaseRecords records, ZoneReader reader) {
    this.fabric = fabric;
    this.writes = writes;
    this.records = records;
    this.reader = reader;
  }

  StartPlan plan(StartRequest q) {
    List<String> blockers = new ArrayList<>();
    List<String> preview = new ArrayList<>();
    App app = fabric.app(q.app()).orElse(null);
    if (app == null) {
      blockers.add(
          "no app '"
              + q.app()
              + "' in fabric "
              + fabric.name()
              + "; apps: "
              + String.join(", ", fabric.apps().stream().map(App::name).toList()));
      return new StartPlan(null, preview, List.of(), blockers);
    }
    List<String> fabricOrder =
        fabric.canary() != null && !fabric.canary().order().isEmpty()
            ? fabric.canary().order()
            : fabric.zones().stream().map(Zone::name).toList();
    String zone = q.zone() == null ? fabricOrder.get(0) : q.zone();
    if (fabric.zone(zone).isEmpty()) {
      blockers.add(
          "no zone '"
              + zone
              + "' in fabric "
              + fabric.name()
              + "; zones: "
              + String.join(", ", fabricOrder));
      return new StartPlan(null, preview, List.of(), blockers);
    }
    if (q.replicas() < 1) {
      blockers.add("--replicas must be at least 1");
    }
    HealthGates gates =
        q.gates() != null
            ? q.gates()
            : fabric.canary() != null && fabric.canary().gates() != null
                ? fabric.canary().gates()
                : HealthGates.defaults();
    Release r = new Release();
    r.app = app.name();
    r.deployment = app.deployment();
    r.canaryZone = zone;
    r.replicas = Math.max(1, q.replicas());
    r.gates = gates;
    r.order.add(zone);
    fabricOrder.stream().filter(z -> !z.equals(zone)).forEach(r.order::add);
    r.startedAt = writes.now();
    r.stepSince = r.startedAt;
    r.id = "canary-" + app.name() + "-" + ID.format(r.startedAt);
    try {
      r.by = writes.user("gateway");
    } catch (ApiException e) {
      blockers.add("the gateway cluster cannot be used: " + e.describe());
    }
    try {
      Release old = records.read(r.app);
      if (old != null && !old.phase.ended()) {
        blockers.add(CanaryEngine.holder(old));
      }
    } catch (ApiException e) {
      blockers.add("cannot read releases in the gateway cluster: " + e.describe());
    }
    for (String z : r.order) {
      try {
        ObjectNode d = reader.deployment(z, r.deployment);
        if (d == null) {
          blockers.add("no Deployment " + r.deployment + " in " + z);
        } else {
          r.previous.put(z, ZoneReader.image(d));
        }
      } catch (ApiException e) {
        blockers.add(
            z + " unreachable: " + e.describe() + " (a release needs every zone of the order)");
      }
    }
    String current = r.previous.getOrDefault(zone, "");
    r.image = resolve(q.image(), current);
    if (r.image.isEmpty()) {
      blockers.add("--image must name an image or a tag");
    } else if (r.image.equals(current)) {
      blockers.add(r.app + " already runs " + current + " in " + zone);
    }
    List<ObjectWrites.Access> asks = new ArrayList<>();
    asks.add(new ObjectWrites.Access("gateway", "create", "ConfigMap", records.namespace(), null));
    asks.add(
        new ObjectWrites.Access(
            "gateway", "update", "ConfigMap", records.namespace(), ReleaseRecords.name(r.app)));
    String ns = reader.zone(zone).namespace();
    asks.add(new ObjectWrites.Access(zone, "create", "Deployment", ns, null));
    asks.add(new ObjectWrites.Access(zone, "delete", "Deployment", ns, r.deployment + "-canary"));
    for (String z : r.order) {
      asks.add(
          new ObjectWrites.Access(
              z, "update", "Deployment", reader.zone(z).namespace(), r.deployment));
    }
    List<Permission> permissions = writes.permissions(asks);
    permissions.stream()
        .filter(p -> p.verdict() == Permission.Verdict.DENIED)
        .forEach(p -> blockers.add("forbidden: " + p.describe()));
    preview.add("canary " + r.app + " → " + r.image + " (release " + r.id + ")");
    preview.add(
        "  "
            + zone
            + ": create Deployment "
            + ns
            + "/"
            + r.deployment
            + "-canary, "
            + r.replicas
            + " × "
            + r.image
            + ", label weft.dev/track=canary, same Service");
    preview.add(
        "  then, on promote, in order: "
            + String.join(
                " → ",
                r.order.stream()
                    .map(z -> z + " (" + r.previous.getOrDefault(z, "?") + " → " + r.image + ")")
                    .toList()));
    preview.add("  gates: " + Gates.describe(gates));
    preview.add(
        "  record: ConfigMap "
            + records.namespace()
            + "/"
            + ReleaseRecords.name(r.app)
            + " in gateway");
    return new StartPlan(r, preview, permissions, blockers);
  }

  /// A tag alone (`2.1`) replaces the current image's tag; anything with `/` or `:` is an image.
  static String resolve(String asked, String current) {
    if (asked == null || asked.isBlank()) {
      return "";
    }
    String a = asked.strip();
    if (a.contains("/") || a.contains(":") || current.isEmpty()) {
      return a;
    }
    int slash = current.lastIndexOf('/');
    int colon = current.lastIndexOf(':');
    String repository = colon > slash ? current.substring(0, colon) : current;
    return repository + ":" + a;
  }
}
