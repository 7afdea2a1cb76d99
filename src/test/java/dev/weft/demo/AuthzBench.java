package dev.weft.demo;

import dev.weft.demo.api.ApiCall;
import dev.weft.demo.api.ApiGate;
import dev.weft.demo.api.ApiServer;
import dev.weft.demo.api.ResourceType;
import dev.weft.demo.auth.ClusterGate;
import dev.weft.demo.auth.RbacAuthorizer;
import io.fabric8.mockwebserver.http.MockResponse;
import io.vertx.core.Vertx;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/// What authentication and RBAC cost per request: one zone of 2,500 pods, listed and got over
/// HTTPS as the admin with the gate on and off, over plain HTTP without a gate (the read path
/// before this change), and the gate alone in process. Prints medians.
///
/// Excluded from `mvn test` (tag `bench`); run as [DemoScaleBench] is.
@Tag("bench")
class AuthzBench {
  private static final String LIST = "/api/v1/namespaces/health/pods";

  @Test
  void listAndGetWithAndWithoutAuthorization() throws Exception {
    run(30, 500);
  }

  public static void main(String[] args) throws Exception {
    new AuthzBench().run(30, 500);
    System.exit(0);
  }

  void run(int lists, int gets) throws Exception {
    DemoOptions options =
        DemoOptions.defaults()
            .withZones(1)
            .withApps(5)
            .withReplicas(500)
            .withOutDir(Files.createTempDirectory("weft-authz-bench-"));
    Vertx vertx = Vertx.vertx();
    try (RunningDemo demo = DemoFabric.start(options)) {
      DemoZone zone = demo.zone("gz-1");
      List<String> pods =
          zone.store().list(ResourceType.PODS, "health", p -> true).stream()
              .map(dev.weft.demo.api.Json::name)
              .toList();
      System.out.printf("pods: %d%n", pods.size());
      var auth = demo.auth("gz-1");
      ClusterGate gate =
          new ClusterGate(
              auth.tokens(),
              new RbacAuthorizer(zone.store()),
              auth.audit(),
              zone.server().faults());
      ApiServer plain = new ApiServer(vertx, zone.store());
      plain.start();
      DemoActor tls = demo.actor("gz-1", "admin");
      DemoActor http =
          new DemoActor(HttpClient.newHttpClient(), plain.url(), demo.bearerToken("gz-1", "admin"));
      for (int round = 0; round < 2; round++) {
        zone.server().gate(gate);
        measure("https, authz on ", tls, pods, lists, gets);
        zone.server().gate(ApiGate.OPEN);
        measure("https, authz off", tls, pods, lists, gets);
        measure("http,  no gate  ", http, pods, lists, gets);
      }
      zone.server().gate(gate);
      inProcess(gate, demo.bearerToken("gz-1", "admin"), pods.getFirst());
      plain.close();
    } finally {
      vertx.close();
    }
  }

  private static void measure(
      String label, DemoActor actor, List<String> pods, int lists, int gets) {
    for (int i = 0; i < 5; i++) {
      actor.get(LIST);
    }
    double[] listMs = new double[lists];
    for (int i = 0; i < lists; i++) {
      long t = System.nanoTime();
      if (actor.get(LIST).code() != 200) {
        throw new IllegalStateException("list failed");
      }
      listMs[i] = (System.nanoTime() - t) / 1e6;
    }
    double[] getMs = new double[gets];
    for (int i = 0; i < gets; i++) {
      long t = System.nanoTime();
      actor.get(LIST + "/" + pods.get(i % pods.size()));
      getMs[i] = (System.nanoTime() - t) / 1e6;
    }
    System.out.printf(
        "%s: list 2,500 pods median %.1f ms (p90 %.1f); get median %.2f ms (p90 %.2f)%n",
        label, median(listMs), p90(listMs), median(getMs), p90(getMs));
  }

  /// The gate alone: authenticate, derive attributes and authorize (cached rules), no I/O.
  private static void inProcess(ClusterGate gate, String token, String pod) {
    MockResponse ok = new MockResponse().setResponseCode(200);
    Supplier<MockResponse> next = () -> ok;
    ApiCall get =
        new ApiCall(
            "GET",
            LIST + "/" + pod,
            h -> h.equals("Authorization") ? "Bearer " + token : null,
            new byte[0]);
    ApiCall list =
        new ApiCall(
            "GET",
            LIST + "?limit=500",
            h -> h.equals("Authorization") ? "Bearer " + token : null,
            new byte[0]);
    for (ApiCall call : List.of(get, list, get, list)) {
      int n = 200_000;
      long t = System.nanoTime();
      for (int i = 0; i < n; i++) {
        gate.serve(call, next);
      }
      System.out.printf(
          "gate in process, %s: %.2f µs per request%n",
          call == get ? "get " : "list", (System.nanoTime() - t) / 1e3 / n);
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double p90(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) (sorted.length * 0.9)];
  }
}
