package dev.weft.ui;

import java.util.function.Consumer;

/// Streams a pod's log. The seam to the cluster layer (fabric8's `watchLog`), so the inspector
/// can be built and tested without one.
///
/// Threading: [#follow] returns at once; `lines` is called on the source's own thread, one call
/// per line, until the returned handle is closed. Implementations must stop promptly on close.
public interface PodLogSource {
  /// Starts following the log of `pod` in `namespace` of `zone`, from its last lines on.
  AutoCloseable follow(String zone, String namespace, String pod, Consumer<String> lines);

  /// No logs: for fabrics without a cluster connection yet.
  PodLogSource NONE = (zone, namespace, pod, lines) -> () -> {};
}
