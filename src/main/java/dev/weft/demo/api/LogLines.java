package dev.weft.demo.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/// Synthetic but plausible log lines of one demo pod: HTTP access lines with the odd warning for
/// a healthy app; startup lines then a fatal error for a crash-looping `-bad` one. Seeded by the
/// pod's name, so the same pod tells the same story to every client.
///
/// Not thread-safe: one instance per log stream, used on that stream's event loop.
final class LogLines {
  private static final String[] PATHS = {
    "/api/orders", "/api/orders/{id}", "/api/cart", "/api/users/me", "/healthz", "/api/search"
  };
  private static final String[] METHODS = {"GET", "GET", "GET", "POST", "PUT"};

  private final String app;
  private final Random random;

  LogLines(String pod, String app) {
    this.app = app;
    this.random = new Random(pod.hashCode());
  }

  /// What the container printed as it started, then `count` lines of work.
  List<String> history(int count) {
    List<String> lines = new ArrayList<>(startup());
    for (int i = 0; i < count; i++) {
      lines.add(next());
    }
    return lines;
  }

  /// The lines of a container that fails at start; its last line is the fatal error.
  List<String> crash() {
    List<String> lines = new ArrayList<>(startup());
    lines.add("WARN  config: unknown key 'featureFlags.checkoutV2' (ignored)");
    lines.add(
        "FATAL cannot connect to " + app + "-db:5432: connection refused; exiting with code 1");
    return lines;
  }

  /// One more line of a running app: mostly access lines, now and then a warning.
  String next() {
    if (random.nextInt(12) == 0) {
      return random.nextBoolean()
          ? "WARN  slow query on orders: " + (300 + random.nextInt(900)) + "ms"
          : "WARN  upstream " + app + "-cache timed out, retrying (attempt 2/3)";
    }
    String path = PATHS[random.nextInt(PATHS.length)].replace("{id}", "" + random.nextInt(9000));
    // Probes only read; so do lookups by id.
    String method =
        path.startsWith("/api/orders/") || path.equals("/healthz")
            ? "GET"
            : METHODS[random.nextInt(METHODS.length)];
    int status = random.nextInt(40) == 0 ? 500 : random.nextInt(15) == 0 ? 404 : 200;
    return "INFO  " + method + " " + path + " " + status + " " + (2 + random.nextInt(60)) + "ms";
  }

  /// Kubernetes' `timestamps=true` prefix: RFC 3339 with nanoseconds, then a space.
  static String stamped(Instant at, String line) {
    return at + " " + line;
  }

  private List<String> startup() {
    return List.of(
        "INFO  starting " + app + " (jvm 25, 2 cpus)",
        "INFO  loaded config from /etc/" + app + "/config.yaml",
        "INFO  listening on :8080");
  }
}
