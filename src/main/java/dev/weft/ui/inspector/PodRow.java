package dev.weft.ui.inspector;

import dev.weft.state.PodSnapshot;
import java.time.Duration;
import java.time.Instant;

/// One row of the pods table, worded as `kubectl get pods` words it: STATUS is the container's
/// waiting or terminated reason (CrashLoopBackOff, Error, OOMKilled), Terminating, else the
/// phase; restarts say when the last one was (`10 (2m ago)`); age as kubectl writes it.
///
/// @param lastState how a container last ended ("Error, exit code 1"), or empty
/// @param lastWarning the latest Warning event about the pod, or empty
public record PodRow(
    String name,
    String shortName,
    String status,
    boolean ready,
    int restarts,
    String restartsText,
    String version,
    String node,
    long ageSeconds,
    String lastState,
    String lastWarning) {

  /// A row whose name is shown as `shortName` (see [#shortNames]).
  static PodRow of(PodSnapshot pod, Instant now, String shortName) {
    String restarts =
        pod.restarts()
            + pod.lastRestartAt()
                .filter(t -> pod.restarts() > 0)
                .map(t -> " (" + age(Math.max(0, Duration.between(t, now).toSeconds())) + " ago)")
                .orElse("");
    String name = pod.name();
    return new PodRow(
        name,
        shortName,
        pod.status(),
        pod.ready(),
        pod.restarts(),
        restarts,
        pod.version(),
        pod.node(),
        Math.max(0, Duration.between(pod.createdAt(), now).toSeconds()),
        pod.lastTermination().orElse(""),
        pod.lastWarning().orElse(""));
  }

  /// How the narrow panel shows each pod's name: by what tells it from the placement's other
  /// pods, the tooltip having it whole. Where the last parts ("lzkgq" of "app2-kxshkvwxkb-lzkgq")
  /// tell them apart, that part alone: in a canary, the pods of two ReplicaSets share only
  /// "app2-", and "…kxshkvwxkb-lzkgq" was cut to "…kxs…". Otherwise the names without what they
  /// all share (see [#sharedPrefix]).
  static java.util.Map<String, String> shortNames(java.util.List<String> names) {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    java.util.Set<String> lasts = new java.util.HashSet<>();
    for (String n : names) {
      int dash = n.lastIndexOf('-');
      if (dash <= 0 || dash == n.length() - 1 || !lasts.add(n.substring(dash + 1))) {
        lasts = null;
        break;
      }
    }
    String shared = sharedPrefix(names);
    for (String n : names) {
      String cut = lasts != null ? n.substring(0, n.lastIndexOf('-') + 1) : shared;
      out.put(
          n,
          !cut.isEmpty() && n.startsWith(cut) && n.length() > cut.length()
              ? "\u2026" + n.substring(cut.length())
              : n);
    }
    return out;
  }

  /// What the names have in common up to a `-`: a Deployment's pods share "app1-<hash>-", and
  /// pods of two ReplicaSets (a rollout, a canary) share "app1-".
  static String sharedPrefix(java.util.List<String> names) {
    if (names.isEmpty()) {
      return "";
    }
    String common = names.getFirst();
    for (String n : names) {
      int i = 0;
      while (i < common.length() && i < n.length() && common.charAt(i) == n.charAt(i)) {
        i++;
      }
      common = common.substring(0, i);
    }
    return common.substring(0, common.lastIndexOf('-') + 1);
  }

  /// Kubernetes-style age: `45s`, `12m`, `3h`, `2d`.
  public String age() {
    return age(ageSeconds);
  }

  /// Everything the narrow table leaves out, for the row's tooltip.
  public String details() {
    StringBuilder out = new StringBuilder(name);
    out.append("\n").append(status).append(" \u00b7 ").append(version);
    out.append(" \u00b7 ").append(node == null ? "" : node);
    if (!lastState.isEmpty()) {
      out.append("\nlast state: ").append(lastState);
    }
    if (!lastWarning.isEmpty()) {
      out.append("\n").append(lastWarning);
    }
    return out.toString();
  }

  static String age(long s) {
    if (s < 120) {
      return s + "s";
    }
    if (s < 7200) {
      return s / 60 + "m";
    }
    return s < 172800 ? s / 3600 + "h" : s / 86400 + "d";
  }
}
