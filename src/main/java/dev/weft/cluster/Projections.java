package dev.weft.cluster;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/// Maps fabric8 objects to Weft's small records. Pure functions: they read the object and never
/// change it (informer caches share their objects).
public final class Projections {
  private Projections() {}

  public static PodInfo pod(Pod pod) {
    ObjectMeta meta = pod.getMetadata();
    var status = pod.getStatus();
    List<ContainerStatus> containers =
        status == null || status.getContainerStatuses() == null
            ? List.of()
            : status.getContainerStatuses();
    int restarts = 0;
    String waiting = null;
    Instant lastRestart = null;
    String lastTermination = null;
    for (ContainerStatus c : containers) {
      restarts += c.getRestartCount() == null ? 0 : c.getRestartCount();
      if (waiting == null && c.getState() != null && c.getState().getWaiting() != null) {
        waiting = c.getState().getWaiting().getReason();
      }
      if (c.getLastState() != null && c.getLastState().getTerminated() != null) {
        Instant finished = instant(c.getLastState().getTerminated().getFinishedAt());
        if (finished != null && (lastRestart == null || finished.isAfter(lastRestart))) {
          lastRestart = finished;
          lastTermination = termination(c.getLastState().getTerminated());
        }
      }
    }
    boolean ready =
        status != null
            && status.getConditions() != null
            && status.getConditions().stream()
                .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    String image =
        pod.getSpec() == null || pod.getSpec().getContainers().isEmpty()
            ? null
            : pod.getSpec().getContainers().getFirst().getImage();
    return new PodInfo(
        meta.getName(),
        owner(meta),
        intern(status == null ? null : status.getPhase()),
        ready,
        restarts,
        intern(waiting),
        instant(meta.getCreationTimestamp()),
        intern(pod.getSpec() == null ? null : pod.getSpec().getNodeName()),
        intern(version(image)),
        lastRestart,
        intern(status(pod, containers)),
        lastTermination);
  }

  /// The STATUS column of `kubectl get pods`, as kubectl's printer computes it: the pod's
  /// reason or phase, overridden by the last container (in reverse order) that waits or ended
  /// with a reason, `Terminating` once the pod is being deleted.
  static String status(Pod pod, List<ContainerStatus> containers) {
    var status = pod.getStatus();
    String reason = status == null || status.getPhase() == null ? "Unknown" : status.getPhase();
    if (status != null && status.getReason() != null && !status.getReason().isEmpty()) {
      reason = status.getReason();
    }
    boolean running = false;
    for (ContainerStatus c : containers.reversed()) {
      var state = c.getState();
      if (state == null) {
        continue;
      }
      if (state.getWaiting() != null && notBlank(state.getWaiting().getReason())) {
        reason = state.getWaiting().getReason();
      } else if (state.getTerminated() != null && notBlank(state.getTerminated().getReason())) {
        reason = state.getTerminated().getReason();
      } else if (state.getTerminated() != null) {
        var t = state.getTerminated();
        reason =
            t.getSignal() != null && t.getSignal() != 0
                ? "Signal:" + t.getSignal()
                : "ExitCode:" + (t.getExitCode() == null ? 0 : t.getExitCode());
      } else if (Boolean.TRUE.equals(c.getReady()) && state.getRunning() != null) {
        running = true;
      }
    }
    if ("Completed".equals(reason) && running) {
      reason = "Running";
    }
    if (pod.getMetadata().getDeletionTimestamp() != null) {
      reason =
          "NodeLost".equals(status == null ? null : status.getReason()) ? "Unknown" : "Terminating";
    }
    return reason;
  }

  private static String termination(io.fabric8.kubernetes.api.model.ContainerStateTerminated t) {
    String why = notBlank(t.getReason()) ? t.getReason() : "Terminated";
    return t.getExitCode() == null ? why : why + ", exit code " + t.getExitCode();
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isEmpty();
  }

  static DeploymentInfo deployment(Deployment d) {
    var spec = d.getSpec();
    var status = d.getStatus();
    int desired = spec == null || spec.getReplicas() == null ? 1 : spec.getReplicas();
    List<DeploymentInfo.Condition> conditions =
        status == null || status.getConditions() == null
            ? List.of()
            : status.getConditions().stream().map(Projections::condition).toList();
    return new DeploymentInfo(
        d.getMetadata().getName(),
        desired,
        status == null ? 0 : nz(status.getReadyReplicas()),
        status == null ? 0 : nz(status.getAvailableReplicas()),
        status == null ? 0 : nz(status.getUpdatedReplicas()),
        conditions);
  }

  private static DeploymentInfo.Condition condition(DeploymentCondition c) {
    return new DeploymentInfo.Condition(
        c.getType(), c.getStatus(), c.getReason(), c.getMessage(), c.getLastTransitionTime());
  }

  /// `null` unless the event is a Warning: Weft keeps nothing else.
  static EventInfo warning(Event e) {
    if (!"Warning".equals(e.getType())) {
      return null;
    }
    var involved = e.getInvolvedObject();
    Instant at = instant(e.getLastTimestamp());
    if (at == null && e.getEventTime() != null) {
      at = instant(e.getEventTime().getTime());
    }
    if (at == null) {
      at = instant(e.getMetadata().getCreationTimestamp());
    }
    return new EventInfo(
        e.getMetadata().getName(),
        at,
        involved == null ? null : involved.getKind(),
        involved == null ? null : involved.getName(),
        e.getReason(),
        e.getMessage(),
        e.getCount() == null ? 1 : e.getCount());
  }

  static ServiceInfo service(Service s) {
    Map<String, String> annotations = s.getMetadata().getAnnotations();
    return new ServiceInfo(
        s.getMetadata().getName(),
        s.getSpec() == null ? null : s.getSpec().getExternalName(),
        annotations == null ? null : annotations.get("weft.dev/rerouted-to"));
  }

  /// The tag of an image reference: see [LeanProjections#version].
  static String version(String image) {
    return LeanProjections.version(image);
  }

  private static String owner(ObjectMeta meta) {
    Map<String, String> labels = meta.getLabels();
    if (labels != null) {
      String app = labels.getOrDefault("app.kubernetes.io/name", labels.get("app"));
      if (app != null) {
        return intern(app);
      }
    }
    List<OwnerReference> owners = meta.getOwnerReferences();
    if (owners != null) {
      for (OwnerReference ref : owners) {
        if ("ReplicaSet".equals(ref.getKind()) && ref.getName() != null) {
          return intern(stripLast(ref.getName(), 1));
        }
      }
    }
    return intern(stripLast(meta.getName(), 2));
  }

  private static String stripLast(String name, int segments) {
    String result = name;
    for (int i = 0; i < segments; i++) {
      int dash = result.lastIndexOf('-');
      if (dash <= 0) {
        return result;
      }
      result = result.substring(0, dash);
    }
    return result;
  }

  static Instant instant(String text) {
    return LeanProjections.instant(text);
  }

  private static int nz(Integer value) {
    return value == null ? 0 : value;
  }

  /// Phases, nodes, versions and owners repeat across thousands of pods: share one copy.
  private static String intern(String value) {
    return value == null ? null : Objects.requireNonNull(value).intern();
  }
}
