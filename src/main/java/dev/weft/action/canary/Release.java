package dev.weft.action.canary;

import dev.weft.fabric.HealthGates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/// One canary release as its operation record holds it in the gateway cluster: the app, the
/// target image, the previous image of every zone, the order, the current step, the phase, the
/// gate verdicts, who and when. Read fresh from the record at each step and written back with
/// the `resourceVersion` read, so two Wefts never overwrite each other.
///
/// Threading: not thread-safe; each reader works on its own copy. Getters are for display.
public final class Release {
  static final JsonMapper JSON = JsonMapper.shared();

  String id;
  String app;
  String deployment;
  String image;
  String canaryZone;
  int replicas;
  List<String> order = new ArrayList<>();
  HealthGates gates;
  Map<String, String> previous = new LinkedHashMap<>();
  List<String> touched = new ArrayList<>();
  ReleasePhase phase = ReleasePhase.CANARY;
  int step;
  boolean promoteRequested;
  boolean paused;
  String pauseReason = "";
  String hold = "";
  Instant stepSince;
  Instant passingSince;
  String by = "";
  Instant startedAt;
  Instant updatedAt;
  String endReason = "";
  Map<String, String> results = new LinkedHashMap<>();
  Map<String, String> verdicts = new LinkedHashMap<>();
  String lastVerdict = "";
  Instant holdSince;
  /// The record's resourceVersion when read (not serialized).
  String readVersion = "";

  public String id() {
    return id;
  }

  public String app() {
    return app;
  }

  public String image() {
    return image;
  }

  public String canaryZone() {
    return canaryZone;
  }

  public int replicas() {
    return replicas;
  }

  public List<String> order() {
    return List.copyOf(order);
  }

  public HealthGates gates() {
    return gates;
  }

  /// The image each zone ran when the release started.
  public Map<String, String> previous() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(previous));
  }

  /// Zones whose stable Deployment took the new image, in order.
  public List<String> touched() {
    return List.copyOf(touched);
  }

  public ReleasePhase phase() {
    return phase;
  }

  /// The index in [#order] of the zone being judged.
  public int step() {
    return step;
  }

  public String currentZone() {
    return order.get(Math.min(step, order.size() - 1));
  }

  public boolean promoteRequested() {
    return promoteRequested;
  }

  public boolean paused() {
    return paused;
  }

  public String pauseReason() {
    return pauseReason;
  }

  /// Why the release waits on its own (no data, a zone unreachable), or empty.
  public String hold() {
    return hold;
  }

  public Instant stepSince() {
    return stepSince;
  }

  public Instant passingSince() {
    return passingSince;
  }

  public String by() {
    return by;
  }

  public Instant startedAt() {
    return startedAt;
  }

  /// Why it ended (promoted, the gate that failed, aborted by whom).
  public String endReason() {
    return endReason;
  }

  /// Per zone, what it runs after an abort or a promotion.
  public Map<String, String> results() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(results));
  }

  /// Per zone, the last gate verdicts as text.
  public Map<String, String> verdicts() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
  }

  /// `promoted`, `aborted`, `paused`, `waiting (…)`, `canary`, `promoting sh-1`.
  public String state() {
    if (phase.ended() || phase == ReleasePhase.ABORTING) {
      return phase.label();
    }
    if (paused) {
      return "paused: " + pauseReason;
    }
    String base =
        phase == ReleasePhase.CANARY ? "canary in " + canaryZone : "promoting " + currentZone();
    if (phase == ReleasePhase.CANARY && promoteRequested) {
      base += " (promote pending)";
    }
    return hold.isEmpty() ? base : base + ", waiting: " + hold;
  }

  ObjectNode toJson() {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id).put("app", app).put("deployment", deployment).put("image", image);
    o.put("canaryZone", canaryZone).put("replicas", replicas);
    order.forEach(o.putArray("order")::add);
    o.putObject("gates")
        .put("minReadyRatio", gates.minReadyRatio())
        .put("maxRestarts", gates.maxRestarts())
        .put("maxWarningEvents", gates.maxWarningEvents())
        .put("soakMillis", gates.soak().toMillis())
        .put("deadlineMillis", gates.deadline().toMillis());
    ObjectNode prev = o.putObject("previous");
    previous.forEach(prev::put);
    touched.forEach(o.putArray("touched")::add);
    o.put("phase", phase.name()).put("step", step).put("promoteRequested", promoteRequested);
    o.put("paused", paused).put("pauseReason", pauseReason).put("hold", hold);
    o.put("stepSince", text(stepSince)).put("passingSince", text(passingSince));
    o.put("by", by).put("startedAt", text(startedAt)).put("updatedAt", text(updatedAt));
    o.put("endReason", endReason).put("lastVerdict", lastVerdict).put("holdSince", text(holdSince));
    ObjectNode res = o.putObject("results");
    results.forEach(res::put);
    ObjectNode ver = o.putObject("verdicts");
    verdicts.forEach(ver::put);
    return o;
  }

  static Release fromJson(JsonNode o) {
    Release r = new Release();
    r.id = o.path("id").asString("");
    r.app = o.path("app").asString("");
    r.deployment = o.path("deployment").asString("");
    r.image = o.path("image").asString("");
    r.canaryZone = o.path("canaryZone").asString("");
    r.replicas = o.path("replicas").asInt(1);
    o.path("order").forEach(z -> r.order.add(z.asString()));
    JsonNode g = o.path("gates");
    r.gates =
        new HealthGates(
            g.path("minReadyRatio").asDouble(1.0),
            g.path("maxRestarts").asInt(0),
            g.path("maxWarningEvents").asInt(0),
            Duration.ofMillis(g.path("soakMillis").asLong(60_000)),
            Duration.ofMillis(g.path("deadlineMillis").asLong(600_000)));
    o.path("previous")
        .properties()
        .forEach(e -> r.previous.put(e.getKey(), e.getValue().asString()));
    o.path("touched").forEach(z -> r.touched.add(z.asString()));
    r.phase = ReleasePhase.valueOf(o.path("phase").asString("CANARY"));
    r.step = o.path("step").asInt(0);
    r.promoteRequested = o.path("promoteRequested").asBoolean(false);
    r.paused = o.path("paused").asBoolean(false);
    r.pauseReason = o.path("pauseReason").asString("");
    r.hold = o.path("hold").asString("");
    r.stepSince = instant(o.path("stepSince").asString(""));
    r.passingSince = instant(o.path("passingSince").asString(""));
    r.by = o.path("by").asString("");
    r.startedAt = instant(o.path("startedAt").asString(""));
    r.updatedAt = instant(o.path("updatedAt").asString(""));
    r.endReason = o.path("endReason").asString("");
    r.lastVerdict = o.path("lastVerdict").asString("");
    r.holdSince = instant(o.path("holdSince").asString(""));
    o.path("results").properties().forEach(e -> r.results.put(e.getKey(), e.getValue().asString()));
    o.path("verdicts")
        .properties()
        .forEach(e -> r.verdicts.put(e.getKey(), e.getValue().asString()));
    return r;
  }

  private static String text(Instant i) {
    return i == null ? "" : i.toString();
  }

  private static Instant instant(String s) {
    return s.isEmpty() ? null : Instant.parse(s);
  }
}
