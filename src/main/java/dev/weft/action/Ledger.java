package dev.weft.action;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// The record of Weft's operations kept on each object they changed, so any Weft or kubectl can
/// see and undo them. Pure: reads and rewrites JSON trees.
///
/// Annotations: `weft.dev/operation` (the ids in force, oldest first, comma-separated),
/// `weft.dev/by`, `weft.dev/at`, `weft.dev/reason` (of the latest), and `weft.dev/previous`: a
/// JSON object, operation id → entry, each entry holding `kind`, `zone`, `app`, `target`, `by`,
/// `at`, `reason` and `changes`, the fields that operation changed (`path` as a JSON pointer,
/// `before`, `after`; a missing value is an absent field). An entry that undid older entries
/// (an evacuation moving a reroute home) keeps them in `restores`, so undoing it brings them
/// back.
///
/// Undoing one entry restores the fields it changed. A weight changed by later entries too is
/// restored by difference (the later entries' shares stay); any other field goes back to its
/// value before, and later entries stop claiming it. A field whose value is not what the
/// entries say it should be was changed by someone else: that is reported as drift.
final class Ledger {
  static final String OPERATION = "weft.dev/operation";
  static final String PREVIOUS = "weft.dev/previous";
  static final String BY = "weft.dev/by";
  static final String AT = "weft.dev/at";
  static final String REASON = "weft.dev/reason";
  static final String REROUTED_TO = "weft.dev/rerouted-to";

  private Ledger() {}

  /// The entries in force on `object`, oldest first.
  static LinkedHashMap<String, ObjectNode> entries(JsonNode object) {
    LinkedHashMap<String, ObjectNode> out = new LinkedHashMap<>();
    String text = Jsons.string(object, "metadata", "annotations", PREVIOUS);
    if (text.isEmpty()) {
      return out;
    }
    try {
      if (Jsons.parse(text) instanceof ObjectNode map) {
        for (Map.Entry<String, JsonNode> e : map.properties()) {
          if (e.getValue() instanceof ObjectNode entry) {
            out.put(e.getKey(), entry);
          }
        }
      }
    } catch (RuntimeException e) {
      // Someone edited the annotation into something that is not JSON: nothing Weft can undo.
    }
    return out;
  }

  /// A new entry describing operation `id`.
  static ObjectNode entry(
      String kind, String zone, String app, String target, String by, Instant at, String reason) {
    ObjectNode entry = Jsons.object().put("kind", kind).put("zone", zone);
    if (app != null) {
      entry.put("app", app);
    }
    if (target != null) {
      entry.put("target", target);
    }
    return entry.put("by", by).put("at", at.toString()).put("reason", reason == null ? "" : reason);
  }

  /// Records on `after` (already changed) the entry `entry` of operation `id`, with the fields at
  /// `paths` that differ from `before`. Returns the changes.
  static List<FieldChange> record(
      ObjectNode before, ObjectNode after, String id, ObjectNode entry, List<String> paths) {
    ArrayNode changes = entry.putArray("changes");
    List<FieldChange> out = new ArrayList<>();
    for (String path : paths) {
      JsonNode was = Jsons.at(before, path);
      JsonNode now = Jsons.at(after, path);
      if (Jsons.same(was, now)) {
        continue;
      }
      ObjectNode change = changes.addObject().put("path", path);
      if (was != null) {
        change.set("before", was.deepCopy());
      }
      if (now != null) {
        change.set("after", now.deepCopy());
      }
      String name = guardName(before, path);
      if (name != null) {
        change.put("name", name);
      }
      out.add(fieldChange(before, path, was, now));
    }
    LinkedHashMap<String, ObjectNode> entries = entries(after);
    entries.put(id, entry);
    write(after, entries);
    return out;
  }

  /// What undoing entry `id` on `current` gives.
  ///
  /// @param object the object with the entry undone (a copy)
  /// @param changes the fields changed, before → after (as this undo writes them)
  /// @param drift fields someone else changed since: `path: expected → actual`
  /// @param found whether the object carried the entry at all
  record Undo(ObjectNode object, List<FieldChange> changes, List<String> drift, boolean found) {}

  static Undo undo(ObjectNode current, String id) {
    LinkedHashMap<String, ObjectNode> entries = entries(current);
    ObjectNode entry = entries.get(id);
    ObjectNode next = current.deepCopy();
    if (entry == null) {
      return new Undo(next, List.of(), List.of(), false);
    }
    List<ObjectNode> later = new ArrayList<>();
    boolean after = false;
    for (Map.Entry<String, ObjectNode> e : entries.entrySet()) {
      if (after) {
        later.add(e.getValue());
      }
      after |= e.getKey().equals(id);
    }
    List<String> drift = new ArrayList<>();
    List<FieldChange> changes = new ArrayList<>();
    List<JsonNode> own = new ArrayList<>();
    entry.path("changes").forEach(own::add);
    for (JsonNode c : own.reversed()) {
      String path = Jsons.string(c, "path");
      JsonNode now = Jsons.at(next, path);
      JsonNode expected = c.get("after");
      for (ObjectNode l : later) {
        JsonNode lc = changeAt(l, path);
        if (lc != null) {
          expected = lc.get("after");
        }
      }
      String name = Jsons.string(c, "name");
      String guard = guardPath(path);
      JsonNode guardNode = guard == null ? null : Jsons.at(next, guard);
      boolean moved = !name.isEmpty() && (guardNode == null || !name.equals(guardNode.asString()));
      if (moved || !Jsons.same(expected, now)) {
        drift.add(
            label(next, path) + ": expected " + Jsons.show(expected) + ", now " + Jsons.show(now));
      }
      if (moved) {
        continue;
      }
      JsonNode restored;
      JsonNode before = c.get("before");
      JsonNode afterValue = c.get("after");
      if (isInt(before) && isInt(afterValue) && isInt(now)) {
        int delta = afterValue.asInt() - before.asInt();
        restored = Jsons.NODES.numberNode(Math.max(0, now.asInt() - delta));
        for (ObjectNode l : later) {
          JsonNode lc = changeAt(l, path);
          if (lc instanceof ObjectNode lo) {
            shift(lo, "before", -delta);
            shift(lo, "after", -delta);
          }
        }
      } else {
        restored = before == null ? null : before.deepCopy();
        for (ObjectNode l : later) {
          removeChangeAt(l, path);
        }
      }
      Jsons.set(next, path, restored);
      changes.add(fieldChange(current, path, now, restored));
    }
    LinkedHashMap<String, ObjectNode> rest = new LinkedHashMap<>();
    for (Map.Entry<String, ObjectNode> e : entries.entrySet()) {
      if (e.getKey().equals(id)) {
        if (entry.get("restores") instanceof ObjectNode restores) {
          restores.properties().forEach(r -> rest.put(r.getKey(), (ObjectNode) r.getValue()));
        }
      } else {
        rest.put(e.getKey(), e.getValue());
      }
    }
    write(next, rest);
    return new Undo(next, changes, drift, true);
  }

  /// Rewrites the bookkeeping annotations of `object` for `entries`; removes them when empty.
  static void write(ObjectNode object, LinkedHashMap<String, ObjectNode> entries) {
    if (entries.isEmpty()) {
      for (String key : List.of(OPERATION, PREVIOUS, BY, AT, REASON)) {
        Jsons.set(object, Jsons.annotationPath(key), null);
      }
      if (object.path("metadata").get("annotations") instanceof ObjectNode a && a.isEmpty()) {
        ((ObjectNode) object.get("metadata")).remove("annotations");
      }
      return;
    }
    ObjectNode map = Jsons.object();
    entries.forEach(map::set);
    ObjectNode latest = entries.lastEntry().getValue();
    Jsons.set(
        object,
        Jsons.annotationPath(OPERATION),
        Jsons.NODES.stringNode(String.join(",", entries.keySet())));
    Jsons.set(object, Jsons.annotationPath(PREVIOUS), Jsons.NODES.stringNode(Jsons.text(map)));
    Jsons.set(object, Jsons.annotationPath(BY), Jsons.NODES.stringNode(Jsons.string(latest, "by")));
    Jsons.set(object, Jsons.annotationPath(AT), Jsons.NODES.stringNode(Jsons.string(latest, "at")));
    String reason = Jsons.string(latest, "reason");
    Jsons.set(
        object,
        Jsons.annotationPath(REASON),
        reason.isEmpty() ? null : Jsons.NODES.stringNode(reason));
  }

  /// Whether `object` shows every change of `id` as applied (the fields hold their `after`
  /// values and the entry is recorded): how a write whose answer was lost is recognised.
  static boolean shows(JsonNode object, String id, List<FieldChange> expected) {
    if (!entries(object).containsKey(id)) {
      return false;
    }
    return matches(object, expected);
  }

  /// Whether every field of `expected` holds its `after` value in `object`.
  static boolean matches(JsonNode object, List<FieldChange> expected) {
    for (FieldChange c : expected) {
      JsonNode want = c.after() == null ? null : Jsons.parse(c.after());
      if (!Jsons.same(want, Jsons.at(object, c.path()))) {
        return false;
      }
    }
    return true;
  }

  static FieldChange fieldChange(JsonNode object, String path, JsonNode before, JsonNode after) {
    return new FieldChange(
        path,
        label(object, path),
        before == null ? null : Jsons.text(before),
        after == null ? null : Jsons.text(after));
  }

  /// A person's name for a field: `rule 4 (default) health-gz-1 weight`, `spec.type`.
  static String label(JsonNode object, String path) {
    String[] parts = path.substring(1).split("/");
    if (parts.length == 6 && parts[1].equals("rules") && parts[3].equals("backendRefs")) {
      JsonNode rule = object.path("spec").path("rules").path(Integer.parseInt(parts[2]));
      String region = DrainMath.region(rule);
      String ref = Jsons.string(rule.path("backendRefs").path(Integer.parseInt(parts[4])), "name");
      return "rule "
          + (Integer.parseInt(parts[2]) + 1)
          + (region == null ? " (default) " : " (region " + region + ") ")
          + ref
          + " "
          + parts[5];
    }
    if (parts.length == 3 && parts[0].equals("metadata") && parts[1].equals("annotations")) {
      return "annotation " + parts[2].replace("~1", "/").replace("~0", "~");
    }
    return String.join(".", parts);
  }

  private static String guardName(JsonNode object, String path) {
    String guard = guardPath(path);
    JsonNode node = guard == null ? null : Jsons.at(object, guard);
    return node == null ? null : node.asString();
  }

  /// For a backendRef weight, the path of that backendRef's name.
  private static String guardPath(String path) {
    return path.endsWith("/weight") && path.contains("/backendRefs/")
        ? path.substring(0, path.length() - "/weight".length()) + "/name"
        : null;
  }

  private static JsonNode changeAt(ObjectNode entry, String path) {
    for (JsonNode c : entry.path("changes")) {
      if (path.equals(Jsons.string(c, "path"))) {
        return c;
      }
    }
    return null;
  }

  private static void removeChangeAt(ObjectNode entry, String path) {
    if (entry.get("changes") instanceof ArrayNode changes) {
      for (int i = changes.size() - 1; i >= 0; i--) {
        if (path.equals(Jsons.string(changes.get(i), "path"))) {
          changes.remove(i);
        }
      }
    }
  }

  private static void shift(ObjectNode change, String key, int delta) {
    if (isInt(change.get(key))) {
      change.put(key, Math.max(0, change.get(key).asInt() + delta));
    }
  }

  private static boolean isInt(JsonNode node) {
    return node != null && node.isIntegralNumber();
  }
}
