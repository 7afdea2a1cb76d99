package dev.weft.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// A one-shot command's reads of one cluster (the status lists and the failovers in force) go
/// over one client and one kept-alive connection: one TLS handshake per cluster, not one per
/// reader or per request sent while another was out.
@Timeout(60)
class LeanClientsTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  @TempDir Path dir;
  private HttpServer server;
  private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
  private final Set<String> tokens = ConcurrentHashMap.newKeySet();
  private KubeconfigSource kubeconfig;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          clientPorts.add(exchange.getRemoteAddress().getPort());
          tokens.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
          byte[] body = "{\"items\":[]}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    Path file = dir.resolve("kubeconfig");
    Files.writeString(
        file,
        """
        apiVersion: v1
        kind: Config
        clusters:
        - name: c
          cluster:
            server: http://127.0.0.1:%d
        contexts:
        - name: one
          context: {cluster: c, user: u1}
        - name: two
          context: {cluster: c, user: u2}
        users:
        - name: u1
          user: {token: token-one}
        - name: u2
          user: {token: token-two}
        """
            .formatted(server.getAddress().getPort()));
    kubeconfig = KubeconfigSource.of(file);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void twoReadersOfOneContextShareOneConnection() throws Exception {
    try (LeanClients clients = new LeanClients(kubeconfig, TIMEOUT)) {
      LeanHttp status = clients.get("one").orElseThrow();
      LeanHttp failovers = clients.get("one").orElseThrow();
      assertThat(failovers).isSameAs(status);
      // Both readers send at once, as `status` and its failovers thread do.
      List<CompletableFuture<LeanHttp.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        answers.add(status.get("/api/v1/namespaces/health/pods", TIMEOUT));
        answers.add(failovers.get("/api/v1/namespaces/health/services", TIMEOUT));
      }
      for (var answer : answers) {
        assertThat(answer.get(30, TimeUnit.SECONDS).code()).isEqualTo(200);
      }
    }
    assertThat(clientPorts).as("connections the server accepted").hasSize(1);
  }

  @Test
  void eachContextSendsItsOwnCredentialAndClosingAReadLeavesTheClientOpen() throws Exception {
    try (LeanClients clients = new LeanClients(kubeconfig, TIMEOUT)) {
      LeanHttp one = clients.get("one").orElseThrow();
      LeanHttp two = clients.get("two").orElseThrow();
      assertThat(one.get("/version", TIMEOUT).get(30, TimeUnit.SECONDS).ok()).isTrue();
      assertThat(two.get("/version", TIMEOUT).get(30, TimeUnit.SECONDS).ok()).isTrue();
      assertThat(tokens).containsExactlyInAnyOrder("Bearer token-one", "Bearer token-two");
      one.close();
      assertThat(one.get("/version", TIMEOUT).get(30, TimeUnit.SECONDS).ok()).isTrue();
      assertThat(clients.get("no-such-context")).isEmpty();
    }
  }
}
