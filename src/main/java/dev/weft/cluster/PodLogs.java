package dev.weft.cluster;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.LogWatch;
import io.fabric8.kubernetes.client.dsl.PodResource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/// Follows pods' logs through the kubeconfig contexts of a fabric: fabric8's `watchLog` from the
/// last [#TAIL] lines on, split into lines, through the context's shared client from
/// [KubeClients] (one per context, not one per followed pod). A context that no kubeconfig
/// names fails closed, as [ContextResolver] does; there is no fall-back to `current-context`.
///
/// Failures (unknown context, pod gone, 403, unreachable server) arrive as one line starting
/// [#UNAVAILABLE] with a short reason: never a stack trace, never a credential.
///
/// Threading: thread-safe. [#follow] returns at once; resolving, connecting and reading all run
/// on `executor`, which calls `lines` one line at a time until the handle is closed. Closing
/// may run on any thread (the UI's), never blocks on the network (it closes the log stream, not
/// the shared client), and no line follows it.
public final class PodLogs {
  /// How many earlier lines a follow starts with, as `kubectl logs --tail`.
  public static final int TAIL = 200;

  /// The start of the line that tells why there is no log.
  public static final String UNAVAILABLE = "log unavailable: ";

  /// The last line of a log whose container exited or whose pod went.
  public static final String ENDED = "(log ended)";

  private final KubeClients clients;
  private final Executor executor;

  /// @param clients the session's clients; the session closes them
  /// @param executor runs one blocking task per follow, for as long as the follow lasts
  public PodLogs(KubeClients clients, Executor executor) {
    this.clients = clients;
    this.executor = executor;
  }

  /// Follows `pod` in `namespace` of the cluster of kubeconfig `context`.
  public AutoCloseable follow(
      String context, String namespace, String pod, Consumer<String> lines) {
    Follow follow = new Follow(context, namespace, pod, lines);
    executor.execute(follow::run);
    return follow::close;
  }

  /// One followed log: its client and watch, and whether the viewer has gone.
  private final class Follow {
    private final String context;
    private final String namespace;
    private final String pod;
    private final Consumer<String> lines;
    private final Object lock = new Object();
    private boolean closed;
    private LogWatch watch;

    Follow(String context, String namespace, String pod, Consumer<String> lines) {
      this.context = context;
      this.namespace = namespace;
      this.pod = pod;
      this.lines = lines;
    }

    void run() {
      KubeClients.Opened.Client client;
      try {
        switch (clients.open(context)) {
          case KubeClients.Opened.Misconfigured m -> {
            deliver(UNAVAILABLE + m.reason());
            return;
          }
          case KubeClients.Opened.Client c -> client = c;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      try {
        if (!open(client)) {
          return;
        }
        read();
      } catch (RuntimeException e) {
        deliver(UNAVAILABLE + reason(e, client.server()));
      } finally {
        close();
      }
    }

    /// Starts the watch; false when the viewer closed meanwhile.
    private boolean open(KubeClients.Opened.Client client) {
      synchronized (lock) {
        if (closed) {
          return false;
        }
      }
      PodResource resource = client.client().pods().inNamespace(namespace).withName(pod);
      // fabric8 waits for an absent pod to appear before it asks for its log: ask first.
      if (resource.get() == null) {
        throw new KubernetesClientException("not found", 404, null);
      }
      LogWatch opened = resource.tailingLines(TAIL).watchLog();
      synchronized (lock) {
        watch = opened;
        if (closed) {
          opened.close();
          return false;
        }
      }
      return true;
    }

    private void read() {
      try (BufferedReader in =
          new BufferedReader(new InputStreamReader(watch.getOutput(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          deliver(line);
        }
      } catch (IOException e) {
        // The stream broke: closed by the viewer (nothing to say) or by the network (below).
      }
      Throwable error = ended(watch);
      deliver(error == null ? ENDED : UNAVAILABLE + reason(error, ""));
    }

    /// Why the watch ended, or null when the container's log simply ended.
    private static Throwable ended(LogWatch watch) {
      try {
        // The stream's end and the watch's outcome arrive separately; the outcome comes at once.
        return watch.onClose().toCompletableFuture().get(2, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      } catch (ExecutionException | TimeoutException e) {
        return null;
      }
    }

    /// Hands `line` on unless the viewer has gone; the lock keeps lines from passing a close.
    private void deliver(String line) {
      synchronized (lock) {
        if (!closed) {
          lines.accept(line);
        }
      }
    }

    void close() {
      LogWatch openWatch;
      synchronized (lock) {
        closed = true;
        openWatch = watch;
      }
      // Outside the lock: a line being delivered must not hold up the close, nor the reverse.
      if (openWatch != null) {
        openWatch.close();
      }
    }

    private String reason(Throwable error, String server) {
      if (error instanceof KubernetesClientException k && k.getCode() == 404) {
        return "pod " + namespace + "/" + pod + " not found";
      }
      if (error instanceof KubernetesClientException k && k.getCode() == 400) {
        // Kubernetes' own words, e.g. a container still waiting to start; they hold no secret.
        return k.getStatus() != null && k.getStatus().getMessage() != null
            ? k.getStatus().getMessage()
            : "bad request (400)";
      }
      return Failure.classify(error, server).reason();
    }
  }
}
