package dev.weft.demo;

import dev.weft.demo.api.ApiFaults;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/// The one-line scenario commands a running `weft demo` reads on standard input, e.g.
/// `outage gz-1`, `restore gz-1`, `churn 500/s 30s`. Stateless; thread-safe as [Scenarios] is.
public final class ScenarioCommands {
  public static final String HELP =
      """
      Scenario commands (type one per line; ZONE is a zone name, e.g. gz-1):
        outage ZONE                 the zone's API server stops answering
        restore ZONE                end outage, brown-out, slow API and API errors in ZONE
        brownout ZONE [on|off]      every pod in ZONE not ready while the API answers
        slow ZONE DURATION          add latency to every answer, e.g. slow gz-1 2s (0s to stop)
        errors ZONE 500|429|403 [RESOURCE]|off
                                    500s, 429 with Retry-After, or 403 on RESOURCE (default pods)
        expire ZONE                 end every watch with 410 Gone
        churn [ZONE|all] RATE/s DURATION
                                    replace random pods, RATE pod watch events a second
        stop-churn                  stop churning
        canary APP ZONE             roll out a crash-looping image of APP in ZONE
        revoke ZONE|gateway USER    delete USER's role bindings (admin, oncall, viewer)
        grant ZONE|gateway USER     give back what revoke took
        reset                       undo every scenario
        help                        this list""";

  private ScenarioCommands() {}

  /// Runs one command line; returns false when it was not understood (a message says why).
  public static boolean run(String line, Scenarios scenarios, PrintWriter out) {
    String[] w = line.trim().split("\\s+");
    if (w.length == 0 || w[0].isEmpty()) {
      return true;
    }
    try {
      switch (w[0].toLowerCase(Locale.ROOT)) {
        case "help" -> out.println(HELP);
        case "outage" -> scenarios.zoneOutage(arg(w, 1));
        case "restore" -> scenarios.restore(arg(w, 1));
        case "brownout" -> scenarios.brownOut(arg(w, 1), w.length < 3 || !w[2].equals("off"));
        case "slow" -> scenarios.slowApi(arg(w, 1), duration(arg(w, 2)));
        case "errors" -> errors(w, scenarios);
        case "expire" -> scenarios.expireWatches(arg(w, 1));
        case "churn" -> churn(w, scenarios);
        case "stop-churn" -> scenarios.stopChurn();
        case "canary" -> scenarios.badCanary(arg(w, 1), arg(w, 2));
        case "revoke" -> scenarios.revoke(arg(w, 1), arg(w, 2));
        case "grant" -> scenarios.grant(arg(w, 1), arg(w, 2));
        case "reset" -> scenarios.reset();
        default -> {
          out.println("unknown command '" + w[0] + "'; type help");
          return false;
        }
      }
      out.println("ok: " + line.trim());
      return true;
    } catch (RuntimeException e) {
      out.println("error: " + e.getMessage());
      return false;
    } finally {
      out.flush();
    }
  }

  private static void errors(String[] w, Scenarios scenarios) {
    String zone = arg(w, 1);
    ApiFaults.ErrorKind kind =
        switch (arg(w, 2)) {
          case "500" -> ApiFaults.ErrorKind.SERVER_ERROR;
          case "429" -> ApiFaults.ErrorKind.TOO_MANY_REQUESTS;
          case "403" -> ApiFaults.ErrorKind.FORBIDDEN;
          case "off" -> null;
          default -> throw new IllegalArgumentException("errors takes 500, 429, 403 or off");
        };
    scenarios.apiErrors(zone, kind, w.length > 3 ? w[3] : "pods");
  }

  private static void churn(String[] w, Scenarios scenarios) {
    int at = 1;
    String zone = null;
    if (!arg(w, 1).contains("/")) {
      zone = arg(w, 1).equals("all") ? null : arg(w, 1);
      at = 2;
    }
    int rate = Integer.parseInt(arg(w, at).replace("/s", ""));
    Duration duration = w.length > at + 1 ? duration(w[at + 1]) : Duration.ofSeconds(60);
    scenarios.churn(zone, rate, duration);
  }

  /// `500ms`, `2s`, `5m`, or ISO-8601 (`PT2S`).
  static Duration duration(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
    }
    if (t.endsWith("s")) {
      return Duration.ofMillis((long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
    }
    if (t.endsWith("m")) {
      return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)) * 60);
    }
    return Duration.parse(text);
  }

  private static String arg(String[] w, int i) {
    if (w.length <= i) {
      throw new IllegalArgumentException("'" + w[0] + "' needs more arguments; type help");
    }
    return w[i];
  }
}
