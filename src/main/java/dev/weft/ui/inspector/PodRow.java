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

  /// A row whose name is shown without `sharedPrefix` (the part every pod of the placement has,
  /// "app1-7d9f8c6b5-"): the narrow panel keeps what tells pods apart; the tooltip has it whole.
  static PodRow of(PodSnapshot pod, Instant now, String sharedPrefix) {
    String restarts =
        pod.restarts()
            + pod.lastRestartAt()
                .filter(t -> pod.restarts() > 0)
                .map(t -> " (" + age(Math.max(0, Duration.between(t, now).toSeconds())) + " ago)")
                .orElse("");
    String name = pod.name();
    String shortName =
        !sharedPrefix.isEmpty()
                && name.startsWith(sharedPrefix)
                && name.length() > sharedPrefix.length()
            ? "\u2026" + name.substring(sharedPrefix.length())
            : name;
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
