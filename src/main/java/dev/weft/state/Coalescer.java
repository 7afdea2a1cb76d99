package dev.weft.state;

import dev.weft.cluster.ClusterChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/// Keeps, within a batch, only the latest change per object: a pod updated fifty times between
/// two snapshots is applied once. Changes without a key (connection changes, resyncs) keep their
/// place, so object changes before and after them never cross. Pure.
final class Coalescer {
  private Coalescer() {}

  static List<ClusterChange> coalesce(List<ClusterChange> batch) {
    List<ClusterChange> out = new ArrayList<>(batch.size());
    LinkedHashMap<String, ClusterChange> run = new LinkedHashMap<>();
    for (ClusterChange change : batch) {
      String key = change.coalesceKey();
      if (key == null) {
        out.addAll(run.values());
        run.clear();
        out.add(change);
      } else {
        run.remove(key);
        run.put(key, change);
      }
    }
    out.addAll(run.values());
    return out;
  }
}
