package dev.weft.cluster;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/// The one place Weft makes fabric8 clients: one shared [KubernetesClient] per kubeconfig
/// context, for every [ClusterLink] and [PodLogs] follow of a session. Each client comes from
/// [ContextResolver] (https for a scheme-less server, never anonymous when a user is named) and
/// from credentials Weft resolves itself ([ExecPlugin] with a timeout), so fabric8 never runs a
/// plugin, never probes TLS and falls back to HTTP, and never tries its in-cluster default.
///
/// Threading: thread-safe. [#open] blocks while files are read and a plugin runs (at most
/// [#credentialTimeout]): call it on a thread of the zone's own, never the UI thread nor a
/// scheduler other zones share. [#close] closes every client; call it off the UI thread.
public final class KubeClients implements AutoCloseable {
  /// A shared client with the address it talks to, or why there is none.
  public sealed interface Opened {
    /// @param server `host:port`, for reasons
    record Client(KubernetesClient client, URI versionUri, String server, String fingerprint)
        implements Opened {}

    record Misconfigured(String reason) implements Opened {}
  }

  private final KubeconfigSource kubeconfig;
  private final LinkTiming timing;
  private final Map<String, Object> locks = new ConcurrentHashMap<>();
  private final Map<String, Opened.Client> clients = new HashMap<>();
  private boolean closed;

  public KubeClients(KubeconfigSource kubeconfig, LinkTiming timing) {
    this.kubeconfig = kubeconfig;
    this.timing = timing;
  }

  public KubeconfigSource kubeconfig() {
    return kubeconfig;
  }

  /// How long an exec plugin may take before its context counts as misconfigured.
  public Duration credentialTimeout() {
    return timing.credentialTimeout();
  }

  /// The shared client of `context`, made on first use. Blocks; see the class comment.
  public Opened open(String context) throws InterruptedException {
    synchronized (locks.computeIfAbsent(String.valueOf(context), c -> new Object())) {
      synchronized (clients) {
        if (closed) {
          return new Opened.Misconfigured("closed");
        }
        Opened.Client known = clients.get(context);
        if (known != null) {
          return known;
        }
      }
      Opened made = make(context);
      if (made instanceof Opened.Client client) {
        synchronized (clients) {
          if (closed) {
            client.client().close();
            return new Opened.Misconfigured("closed");
          }
          clients.put(context, client);
        }
      }
      return made;
    }
  }

  /// Whether `context` now resolves differently from `fingerprint` (a kubeconfig edit).
  public boolean changed(String context, String fingerprint) {
    return switch (ContextResolver.resolve(kubeconfig, context)) {
      case ContextResolver.Result.Resolved r -> !r.fingerprint().equals(fingerprint);
      case ContextResolver.Result.Misconfigured m -> true;
    };
  }

  /// Forgets `client` of `context` (credentials refused, kubeconfig changed): the next [#open]
  /// resolves the context again. The old client is closed on a thread of its own.
  public void forget(String context, Opened.Client client) {
    synchronized (clients) {
      if (clients.get(context) == client) {
        clients.remove(context);
      }
    }
    Thread.ofVirtual().name("weft-client-close").start(() -> client.client().close());
  }

  private Opened make(String context) throws InterruptedException {
    Config config;
    String fingerprint;
    switch (ContextResolver.resolve(kubeconfig, context)) {
      case ContextResolver.Result.Misconfigured m -> {
        return new Opened.Misconfigured(m.reason());
      }
      case ContextResolver.Result.Resolved r -> {
        config = r.config();
        fingerprint = r.fingerprint();
        if (r.exec() != null) {
          try {
            ExecPlugin.Credentials credentials = r.exec().run(credentialTimeout());
            if (credentials.token() != null) {
              config.setOauthToken(credentials.token());
            }
            if (credentials.clientCertificateData() != null) {
              config.setClientCertData(credentials.clientCertificateData());
              config.setClientKeyData(credentials.clientKeyData());
            }
          } catch (ContextResolver.Misconfiguration e) {
            return new Opened.Misconfigured(e.getMessage());
          }
        }
      }
    }
    // Weft owns retries and timeouts: fabric8's own retries would hide a dead zone for minutes.
    config.setRequestRetryBackoffLimit(0);
    config.setRequestTimeout((int) timing.requestTimeout().toMillis());
    config.setWatchReconnectInterval((int) timing.backoffBase().toMillis());
    URI master = URI.create(config.getMasterUrl());
    URI versionUri = URI.create(master.toString().replaceAll("/+$", "") + "/version");
    int port =
        master.getPort() != -1 ? master.getPort() : "http".equals(master.getScheme()) ? 80 : 443;
    String server = master.getHost() + ":" + port;
    try {
      KubernetesClient client =
          new KubernetesClientBuilder()
              .withConfig(config)
              .withHttpClientBuilderConsumer(
                  b ->
                      b.connectTimeout(timing.probeTimeout().toMillis(), TimeUnit.MILLISECONDS)
                          .addOrReplaceInterceptor(AnswerCap.NAME, new AnswerCap()))
              .build();
      return new Opened.Client(client, versionUri, server, fingerprint);
    } catch (RuntimeException e) {
      // A certificate or key fabric8 cannot load: say so, never the content.
      return new Opened.Misconfigured(
          "the certificates or keys of context '"
              + context
              + "' cannot be loaded ("
              + e.getClass().getSimpleName().replace("Exception", "")
              + ")");
    }
  }

  @Override
  public void close() {
    List<Opened.Client> open;
    synchronized (clients) {
      closed = true;
      open = List.copyOf(clients.values());
      clients.clear();
    }
    open.forEach(c -> c.client().close());
  }
}
