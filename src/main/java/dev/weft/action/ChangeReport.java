package dev.weft.action;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/// Says who changed an object and what, between two reads, for "changed by someone else since
/// you looked". Pure.
final class ChangeReport {
  private ChangeReport() {}

  /// Whether `now` differs from `before` only in what controllers write beside the object:
  /// `status`, `resourceVersion`, `managedFields`.
  static boolean sameButStatus(JsonNode before, JsonNode now) {
    return strip(before).equals(strip(now));
  }

  private static JsonNode strip(JsonNode object) {
    tools.jackson.databind.node.ObjectNode copy =
        (tools.jackson.databind.node.ObjectNode) object.deepCopy();
    copy.remove("status");
    if (copy.get("metadata") instanceof tools.jackson.databind.node.ObjectNode meta) {
      meta.remove("resourceVersion");
      meta.remove("managedFields");
    }
    return copy;
  }

  /// ` (resourceVersion 12 → 15, by alice): spec/rules/3/…/weight: 34 → 33; …`, or `` when
  /// nothing visible differs.
  static String describe(JsonNode before, JsonNode now) {
    List<String> what =
        new ArrayList<>(Jsons.differences(before.get("spec"), now.get("spec"), "spec", 6));
    JsonNode a = before.path("metadata").path("annotations");
    JsonNode b = now.path("metadata").path("annotations");
    for (String key : List.of(Ledger.OPERATION, Ledger.REROUTED_TO)) {
      if (!Jsons.same(a.get(key), b.get(key))) {
        what.add(
            "annotation " + key + ": " + Jsons.show(a.get(key)) + " → " + Jsons.show(b.get(key)));
      }
    }
    String by = who(before, now);
    String versions =
        Jsons.string(before, "metadata", "resourceVersion")
            + " → "
            + Jsons.string(now, "metadata", "resourceVersion");
    return " (resourceVersion "
        + versions
        + (by.isEmpty() ? "" : ", by " + by)
        + ")"
        + (what.isEmpty() ? "" : ": " + String.join("; ", what));
  }

  /// The other writer: a Weft's `weft.dev/by` when its operation changed, else the manager of
  /// the newest `managedFields` entry, else ``.
  private static String who(JsonNode before, JsonNode now) {
    String op = Jsons.string(now, "metadata", "annotations", Ledger.OPERATION);
    if (!op.isEmpty()
        && !op.equals(Jsons.string(before, "metadata", "annotations", Ledger.OPERATION))) {
      return "Weft user "
          + Jsons.string(now, "metadata", "annotations", Ledger.BY)
          + " (operation "
          + op
          + ")";
    }
    String manager = "";
    String newest = "";
    for (JsonNode f : now.path("metadata").path("managedFields")) {
      String time = Jsons.string(f, "time");
      if (time.compareTo(newest) >= 0) {
        newest = time;
        manager = Jsons.string(f, "manager");
      }
    }
    return manager;
  }
}
