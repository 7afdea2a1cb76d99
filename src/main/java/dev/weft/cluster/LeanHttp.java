package dev.weft.cluster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/// Requests to one API server with the JDK's own HTTP client, for the lean one-shot read:
/// TLS trusts the kubeconfig's CA (else the JDK's roots) with host name verification on, a
/// client certificate when the kubeconfig gives one, and the bearer token only on the server the
/// kubeconfig names, over the scheme it names. Thread-safe; requests complete on the client's
/// threads. The one-shot reads ([LeanListOnce], and the action layer's reading of failovers in
/// force) use it; everything that stays connected uses fabric8's client ([KubeClients]).
public final class LeanHttp implements AutoCloseable {
  private final LeanContext context;
  private final HttpClient client;
  private final boolean ownsClient;
  private final String base;

  /// The last request sent: the next waits for it (see [#send]). Guarded by `this`.
  private CompletableFuture<?> last = CompletableFuture.completedFuture(null);

  /// @param ownsClient whether [#close] shuts `client` down (else its maker does: [LeanClients])
  LeanHttp(LeanContext context, HttpClient client, boolean ownsClient) {
    this.context = context;
    this.client = client;
    this.ownsClient = ownsClient;
    this.base = context.server().toString().replaceAll("/+$", "");
  }

  /// A client for `context` of `kubeconfig`, or empty when the fabric8 path must serve it: the
  /// context is not one [LeanContext] serves, its certificates or key do not load, or the
  /// system property `weft.lean` is `off`.
  public static java.util.Optional<LeanHttp> open(
      KubeconfigSource kubeconfig, String context, Duration connectTimeout) {
    if ("off".equals(System.getProperty("weft.lean"))) {
      return java.util.Optional.empty();
    }
    return LeanContext.resolve(kubeconfig, context)
        .flatMap(
            c -> {
              try {
                return java.util.Optional.of(open(c, connectTimeout));
              } catch (GeneralSecurityException | IOException | RuntimeException e) {
                // Certificates or a key the JDK cannot load: the fabric8 path says why.
                return java.util.Optional.empty();
              }
            });
  }

  /// A client for `context`; fails when its certificates or key cannot be loaded (the caller
  /// then uses the fabric8 path, which says why).
  static LeanHttp open(LeanContext context, Duration connectTimeout)
      throws GeneralSecurityException, IOException {
    return new LeanHttp(context, client(context, connectTimeout), true);
  }

  /// An HTTP/1.1 client for `context`'s server: its TLS (CA, client certificate), no proxy, no
  /// redirects. Shareable by contexts with the same TLS material ([LeanClients]).
  static HttpClient client(LeanContext context, Duration connectTimeout)
      throws GeneralSecurityException, IOException {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(connectTimeout);
    if ("https".equals(context.server().getScheme())) {
      builder.sslContext(ssl(context));
    }
    return builder.build();
  }

  /// `host:port`, for reasons.
  public String server() {
    return context.hostPort();
  }

  /// An answer: the status code and the body.
  public record Answer(int code, byte[] body) {
    public boolean ok() {
      return code >= 200 && code < 300;
    }
  }

  /// `GET path` (with its query); fails with a [TimeoutException] when no answer came in
  /// `timeout`, or with the I/O error.
  CompletableFuture<Answer> get(String path, Duration timeout) {
    return send("GET", path, null, timeout);
  }

  /// `GET path` sent at once, beside any request already out (on a connection of its own when
  /// the server speaks HTTP/1.1); fails as [#get].
  CompletableFuture<Answer> getAlongside(String path, Duration timeout) {
    return client
        .sendAsync(request("GET", path, null, timeout), CappedBody.handler(CappedBody.LIMIT))
        .handle(
            (response, error) -> {
              if (error != null) {
                throw new CompletionException(translate(error));
              }
              return new Answer(response.statusCode(), response.body());
            });
  }

  /// `method path` with a JSON `body` (or none); fails as [#get]. Requests go one after another,
  /// each sent when the one before answered or failed, so that they share one kept-alive
  /// connection: two readers of one cluster (`status` and the failovers in force) pay for one
  /// TLS handshake, where a request sent while another is out would open a second connection.
  /// `timeout` counts from the request's own sending.
  public CompletableFuture<Answer> send(String method, String path, String body, Duration timeout) {
    HttpRequest built = request(method, path, body, timeout);
    CompletableFuture<Answer> answer;
    synchronized (this) {
      answer =
          last.handle((previous, error) -> built)
              .thenCompose(r -> client.sendAsync(r, CappedBody.handler(CappedBody.LIMIT)))
              .handle(
                  (response, error) -> {
                    if (error != null) {
                      throw new CompletionException(translate(error));
                    }
                    return new Answer(response.statusCode(), response.body());
                  });
      last = answer;
    }
    return answer;
  }

  private HttpRequest request(String method, String path, String body, Duration timeout) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(timeout)
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (context.token() != null) {
      request.header("Authorization", "Bearer " + context.token());
    }
    return request.build();
  }

  /// The JDK's timeouts are I/O errors; Weft's reasons call them timeouts.
  private static Throwable translate(Throwable error) {
    Throwable t =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (t instanceof HttpConnectTimeoutException || t instanceof HttpTimeoutException) {
      return new TimeoutException("no answer in time");
    }
    return t;
  }

  private static SSLContext ssl(LeanContext context) throws GeneralSecurityException, IOException {
    TrustManagerFactory trust = null;
    if (context.caPem() != null) {
      KeyStore roots = KeyStore.getInstance("PKCS12");
      roots.load(null, null);
      Collection<? extends Certificate> cas = certificates(context.caPem());
      if (cas.isEmpty()) {
        throw new GeneralSecurityException("no CA certificate");
      }
      int i = 0;
      for (Certificate ca : cas) {
        roots.setCertificateEntry("ca-" + i++, ca);
      }
      trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(roots);
    }
    KeyManagerFactory keys = null;
    if (context.certPem() != null) {
      KeyStore own = KeyStore.getInstance("PKCS12");
      own.load(null, null);
      char[] none = new char[0];
      own.setKeyEntry(
          "client",
          privateKey(context.keyPem()),
          none,
          certificates(context.certPem()).toArray(Certificate[]::new));
      keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(own, none);
    }
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(
        keys == null ? null : keys.getKeyManagers(),
        trust == null ? null : trust.getTrustManagers(),
        null);
    return ssl;
  }

  private static Collection<? extends Certificate> certificates(byte[] pem)
      throws GeneralSecurityException {
    return CertificateFactory.getInstance("X.509")
        .generateCertificates(new ByteArrayInputStream(pem));
  }

  /// A PKCS#8 key (`BEGIN PRIVATE KEY`) or a PKCS#1 RSA key (`BEGIN RSA PRIVATE KEY`); other
  /// forms fail, and the fabric8 path takes the context.
  static PrivateKey privateKey(byte[] pem) throws GeneralSecurityException {
    String text = new String(pem, StandardCharsets.US_ASCII);
    boolean pkcs1 = text.contains("-----BEGIN RSA PRIVATE KEY-----");
    if (!pkcs1 && !text.contains("-----BEGIN PRIVATE KEY-----")) {
      throw new GeneralSecurityException("unsupported key format");
    }
    String body =
        text.replaceAll("-----(BEGIN|END) [A-Z ]*PRIVATE KEY-----", "").replaceAll("\\s", "");
    byte[] der = Base64.getDecoder().decode(body);
    if (pkcs1) {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(wrapRsa(der)));
    }
    PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
    for (String algorithm : new String[] {"RSA", "EC", "Ed25519", "Ed448"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(spec);
      } catch (GeneralSecurityException e) {
        // try the next algorithm
      }
    }
    throw new GeneralSecurityException("unsupported key algorithm");
  }

  /// PKCS#1 RSAPrivateKey → PKCS#8 PrivateKeyInfo (version 0, rsaEncryption, the key).
  private static byte[] wrapRsa(byte[] pkcs1) {
    byte[] algorithm = {
      0x30,
      0x0d,
      0x06,
      0x09,
      0x2a,
      (byte) 0x86,
      0x48,
      (byte) 0x86,
      (byte) 0xf7,
      0x0d,
      0x01,
      0x01,
      0x01,
      0x05,
      0x00
    };
    byte[] version = {0x02, 0x01, 0x00};
    byte[] octets = der(0x04, pkcs1);
    byte[] inner = new byte[version.length + algorithm.length + octets.length];
    System.arraycopy(version, 0, inner, 0, version.length);
    System.arraycopy(algorithm, 0, inner, version.length, algorithm.length);
    System.arraycopy(octets, 0, inner, version.length + algorithm.length, octets.length);
    return der(0x30, inner);
  }

  private static byte[] der(int tag, byte[] content) {
    int n = content.length;
    byte[] length;
    if (n < 0x80) {
      length = new byte[] {(byte) n};
    } else if (n < 0x100) {
      length = new byte[] {(byte) 0x81, (byte) n};
    } else if (n < 0x10000) {
      length = new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n};
    } else {
      length = new byte[] {(byte) 0x83, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
    }
    byte[] out = new byte[1 + length.length + n];
    out[0] = (byte) tag;
    System.arraycopy(length, 0, out, 1, length.length);
    System.arraycopy(content, 0, out, 1 + length.length, n);
    return out;
  }

  /// Ends the client's connections and threads at once, when this owns its client.
  @Override
  public void close() {
    if (ownsClient) {
      client.shutdownNow();
    }
  }
}
