package dev.weft.cluster;

import java.io.IOException;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// The lean clients ([LeanHttp]) of one command, one per kubeconfig context, made on first use
/// and shared by everything the command reads: a one-shot `weft status` lists each cluster and
/// reads the failovers in force over the same kept-alive connection (one TLS handshake per
/// cluster, not two). The kubeconfig is read once; contexts with the same server TLS material
/// (CA, client certificate) share one JDK client (its threads, its TLS set-up). Each context
/// keeps its own credentials, sent only to its own server.
///
/// Thread-safe. [#close] ends every client and fails the requests still out.
public final class LeanClients implements AutoCloseable {
  private final KubeconfigSource kubeconfig;
  private final Duration connectTimeout;
  private LeanContext.Parsed parsed;
  private final Map<String, Optional<LeanHttp>> byContext = new HashMap<>();
  private final Map<String, HttpClient> byTls = new HashMap<>();
  private final List<HttpClient> made = new ArrayList<>();
  private boolean closed;

  /// @param connectTimeout bounds each TCP connect and TLS handshake (the JDK counts both)
  public LeanClients(KubeconfigSource kubeconfig, Duration connectTimeout) {
    this.kubeconfig = kubeconfig;
    this.connectTimeout = connectTimeout;
  }

  /// The client of `context`, or empty when the fabric8 path must serve it (see
  /// [LeanHttp#open(KubeconfigSource, String, Duration)]). Closing it does nothing: this owns it.
  public synchronized Optional<LeanHttp> get(String context) {
    if (closed || "off".equals(System.getProperty("weft.lean"))) {
      return Optional.empty();
    }
    Optional<LeanHttp> known = byContext.get(context);
    if (known == null) {
      known = make(context);
      byContext.put(context, known);
    }
    return known;
  }

  private Optional<LeanHttp> make(String context) {
    if (parsed == null) {
      parsed = LeanContext.parse(kubeconfig);
    }
    Optional<LeanContext> lean = LeanContext.resolve(parsed, context);
    if (lean.isEmpty()) {
      return Optional.empty();
    }
    LeanContext c = lean.get();
    String tls =
        c.server().getScheme()
            + " "
            + base64(c.caPem())
            + " "
            + base64(c.certPem())
            + " "
            + base64(c.keyPem());
    HttpClient client = byTls.get(tls);
    if (client == null) {
      try {
        client = LeanHttp.client(c, connectTimeout);
      } catch (GeneralSecurityException | IOException | RuntimeException e) {
        // Certificates or a key the JDK cannot load: the fabric8 path says why.
        return Optional.empty();
      }
      byTls.put(tls, client);
      made.add(client);
    }
    return Optional.of(new LeanHttp(c, client, false));
  }

  private static String base64(byte[] bytes) {
    return bytes == null ? "-" : Base64.getEncoder().encodeToString(bytes);
  }

  @Override
  public void close() {
    List<HttpClient> clients;
    synchronized (this) {
      closed = true;
      clients = List.copyOf(made);
      made.clear();
    }
    clients.forEach(HttpClient::shutdownNow);
  }
}
