package dev.weft.demo.api;

import io.fabric8.mockwebserver.http.MockResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/// `/healthz`, `/livez` and `/readyz` as kube-apiserver answers them (its `healthz` package):
/// `ok`, or with `verbose` one line per check and "readyz check passed"; `exclude=NAME` skips a
/// check; `/readyz/NAME` runs one. The checks are kube-apiserver 1.32's, every one of them
/// passing: the demo's store cannot fail the way an etcd can. Load balancers and on-call
/// engineers (`kubectl get --raw='/readyz?verbose'`) ask these first. Stateless.
final class HealthChecks {
  private static final List<String> HOOKS =
      List.of(
          "poststarthook/start-apiserver-admission-initializer",
          "poststarthook/generic-apiserver-start-informers",
          "poststarthook/priority-and-fairness-config-consumer",
          "poststarthook/priority-and-fairness-filter",
          "poststarthook/storage-object-count-tracker-hook",
          "poststarthook/start-apiextensions-informers",
          "poststarthook/start-apiextensions-controllers",
          "poststarthook/crd-informer-synced",
          "poststarthook/start-system-namespaces-controller",
          "poststarthook/bootstrap-controller",
          "poststarthook/rbac/bootstrap-roles",
          "poststarthook/scheduling/bootstrap-system-priority-classes",
          "poststarthook/priority-and-fairness-config-producer",
          "poststarthook/start-cluster-authentication-info-controller",
          "poststarthook/start-kube-apiserver-identity-lease-controller",
          "poststarthook/start-legacy-token-tracking-controller",
          "poststarthook/aggregator-reload-proxy-client-cert",
          "poststarthook/start-kube-aggregator-informers",
          "poststarthook/apiservice-registration-controller",
          "poststarthook/apiservice-status-available-controller",
          "poststarthook/apiservice-discovery-controller",
          "poststarthook/kube-apiserver-autoregistration",
          "autoregister-completion",
          "poststarthook/apiservice-openapi-controller",
          "poststarthook/apiservice-openapiv3-controller");

  private HealthChecks() {}

  /// The answer at `path` (with its raw `query`, or null), if it is a health endpoint.
  static Optional<MockResponse> serve(String path, String query) {
    for (String endpoint : List.of("healthz", "livez", "readyz")) {
      List<String> checks = checks(endpoint);
      if (path.equals("/" + endpoint)) {
        return Optional.of(root(endpoint, checks, query));
      }
      for (String check : checks) {
        if (path.equals("/" + endpoint + "/" + check)) {
          return Optional.of(text("ok"));
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> checks(String endpoint) {
    List<String> out = new ArrayList<>(List.of("ping", "log", "etcd"));
    if (endpoint.equals("readyz")) {
      out.addAll(List.of("etcd-readiness", "informer-sync"));
    }
    out.addAll(HOOKS);
    if (endpoint.equals("readyz")) {
      out.add("shutdown");
    }
    return out;
  }

  private static MockResponse root(String endpoint, List<String> checks, String query) {
    Set<String> excluded = new LinkedHashSet<>();
    boolean verbose = false;
    for (String pair : query == null ? new String[0] : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      if (key.equals("verbose")) {
        verbose = true;
      } else if (key.equals("exclude") && eq >= 0) {
        excluded.add(decode(pair.substring(eq + 1)));
      }
    }
    if (!verbose) {
      return text("ok");
    }
    StringBuilder body = new StringBuilder();
    for (String check : checks) {
      body.append("[+]").append(check).append(excluded.remove(check) ? " excluded: ok\n" : " ok\n");
    }
    if (!excluded.isEmpty()) {
      body.append("warn: some health checks cannot be excluded: no matches for ")
          .append(String.join(",", excluded.stream().map(n -> '"' + n + '"').toList()))
          .append('\n');
    }
    return text(body.append(endpoint).append(" check passed\n").toString());
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static MockResponse text(String body) {
    return new MockResponse()
        .setResponseCode(200)
        .setHeader("Content-Type", "text/plain; charset=utf-8")
        .setHeader("X-Content-Type-Options", "nosniff")
        .setBody(body);
  }
}
