package dev.weft.demo;

import dev.weft.demo.api.ApiFaults;
import dev.weft.demo.api.StoreException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The one-line scenario commands a running `weft demo` reads on standard input, e.g.
/// `outage gz-1`, `restore gz-1`, `churn 500/s 30s`. A command that cannot run says which
/// argument is wrong and what is expected, echoing input only shortened. Stateless; thread-safe
/// as [Scenarios] is.
public final class ScenarioCommands {
  public static final String HELP =
      """
      Scenario commands (type one per line; ZONE is a zone name, e.g. gz-1, or gateway):
        outage ZONE                 the zone's API server stops answering
        restore ZONE                end outage, brown-out, slow API, lag and API errors in ZONE
        brownout ZONE [on|off]      every pod in ZONE not ready while the API answers
        slow ZONE DURATION          add latency to every answer, e.g. slow gz-1 2s (0s to stop)
        lag ZONE DURATION           writes are stored at once, their answer comes DURATION later
        errors ZONE 500|429|403 [RESOURCE]|off
                                    500s, 429 with Retry-After, or 403 on RESOURCE (default pods)
        errors ZONE 500 writes      every write fails with 500 while reads work
        errors ZONE 409 RESOURCE    every update of RESOURCE (e.g. httproutes) is a Conflict
        expire ZONE                 end every watch with 410 Gone
        churn [ZONE|all] RATE/s [DURATION]
                                    replace random pods (keeping availability), RATE pod watch
                                    events a second, for DURATION (default 60s)
        stop-churn                  stop churning
        drift gateway [INTERVAL]    another actor sets the route's weights to equal shares
        drift ZONE APP IMAGE [INTERVAL]
                                    another actor sets APP's image in ZONE (default every 3s)
        stop-drift                  stop every drift
        canary APP ZONE             roll out a crash-looping image of APP in ZONE
        revoke ZONE|gateway USER    delete USER's role bindings (admin, oncall, viewer)
        grant ZONE|gateway USER     give back what revoke took
        reset                       undo every scenario
        help                        this list""";

  private static final Pattern DURATION = Pattern.compile("(-?\\d+(?:\\.\\d+)?)(ms|s|m|h)");
  private static final Pattern RATE = Pattern.compile("(-?\\d+)(/s)?");
  private static final Duration DRIFT_EVERY = Duration.ofSeconds(3);
  private static final int SHOWN = 60;

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
        case "outage" -> scenarios.zoneOutage(arg(w, 1, "ZONE"));
        case "restore" -> scenarios.restore(arg(w, 1, "ZONE"));
        case "brownout" -> scenarios.brownOut(arg(w, 1, "ZONE"), onOrOff(opt(w, 2)));
        case "slow" -> scenarios.slowApi(arg(w, 1, "ZONE"), duration(arg(w, 2, "DURATION")));
        case "lag" -> scenarios.writeLag(arg(w, 1, "ZONE"), duration(arg(w, 2, "DURATION")));
        case "errors" -> errors(w, scenarios);
        case "expire" -> scenarios.expireWatches(arg(w, 1, "ZONE"));
        case "churn" -> churn(w, scenarios);
        case "stop-churn" -> scenarios.stopChurn();
        case "drift" -> drift(w, scenarios);
        case "stop-drift" -> scenarios.stopDrift();
        case "canary" -> scenarios.badCanary(arg(w, 1, "APP"), arg(w, 2, "ZONE"));
        case "revoke" -> scenarios.revoke(arg(w, 1, "ZONE"), arg(w, 2, "USER"));
        case "grant" -> scenarios.grant(arg(w, 1, "ZONE"), arg(w, 2, "USER"));
        case "reset" -> scenarios.reset();
        default -> {
          out.println("unknown command '" + shown(w[0]) + "'; type help");
          return false;
        }
      }
      out.println("ok: " + shown(line.trim()));
      return true;
    } catch (IllegalArgumentException
        | NoSuchElementException
        | IllegalStateException
        | StoreException e) {
      out.println("error: " + shown(w[0]) + ": " + e.getMessage());
      return false;
    } finally {
      out.flush();
    }
  }

  private static void errors(String[] w, Scenarios scenarios) {
    String zone = arg(w, 1, "ZONE");
    String code = arg(w, 2, "500, 429, 403, 409 or off");
    String resource = opt(w, 3);
    switch (code) {
      case "500" -> {
        if ("writes".equals(resource)) {
          scenarios.writeErrors(zone);
        } else if (resource == null) {
          scenarios.apiErrors(zone, ApiFaults.ErrorKind.SERVER_ERROR, null);
        } else {
          throw new IllegalArgumentException(
              "after 500 comes nothing or 'writes'; got '" + shown(resource) + "'");
        }
      }
      case "429" -> scenarios.apiErrors(zone, ApiFaults.ErrorKind.TOO_MANY_REQUESTS, null);
      case "403" ->
          scenarios.apiErrors(
              zone, ApiFaults.ErrorKind.FORBIDDEN, resource == null ? "pods" : resource);
      case "409" -> scenarios.conflicts(zone, arg(w, 3, "RESOURCE (e.g. httproutes)"));
      case "off" -> scenarios.apiErrors(zone, null, null);
      default ->
          throw new IllegalArgumentException(
              "the code must be 500, 429, 403, 409 or off; got '" + shown(code) + "'");
    }
  }

  private static void churn(String[] w, Scenarios scenarios) {
    int at = 1;
    String zone = null;
    String first = arg(w, 1, "RATE/s");
    if (!RATE.matcher(first).matches()) {
      zone = first.equals("all") ? null : first;
      at = 2;
    }
    String rateText = arg(w, at, "RATE/s");
    Matcher rate = RATE.matcher(rateText);
    if (!rate.matches() || rate.group(1).length() > 9 || Integer.parseInt(rate.group(1)) < 1) {
      throw new IllegalArgumentException(
          "RATE must be a whole number of pod events a second, at least 1, such as 500/s; got '"
              + shown(rateText)
              + "'");
    }
    String durationText = opt(w, at + 1);
    Duration duration = durationText == null ? Duration.ofSeconds(60) : duration(durationText);
    if (duration.isZero()) {
      throw new IllegalArgumentException("DURATION must be more than zero, such as 30s; got 0");
    }
    scenarios.churn(zone, Integer.parseInt(rate.group(1)), duration);
  }

  private static void drift(String[] w, Scenarios scenarios) {
    String target = arg(w, 1, "gateway or ZONE");
    if (target.equals("gateway")) {
      String every = opt(w, 2);
      scenarios.driftGateway(every == null ? DRIFT_EVERY : duration(every));
      return;
    }
    String app = arg(w, 2, "APP");
    String image = arg(w, 3, "IMAGE");
    String every = opt(w, 4);
    scenarios.driftImage(target, app, image, every == null ? DRIFT_EVERY : duration(every));
  }

  /// `500ms`, `2s`, `1.5s`, `5m`, `1h`: zero or more.
  static Duration duration(String text) {
    Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
    if (!m.matches() || m.group(1).length() > 12) {
      throw new IllegalArgumentException(
          "DURATION must be a length of time such as 500ms, 2s or 1m; got '" + shown(text) + "'");
    }
    double amount = Double.parseDouble(m.group(1));
    if (amount < 0) {
      throw new IllegalArgumentException(
          "DURATION must be zero or more, such as 2s; got '" + shown(text) + "'");
    }
    long millis =
        switch (m.group(2)) {
          case "ms" -> 1;
          case "s" -> 1_000;
          case "m" -> 60_000;
          default -> 3_600_000;
        };
    return Duration.ofMillis((long) (amount * millis));
  }

  /// Input as echoed in messages: at most 60 characters, so a huge line is not printed back.
  static String shown(String text) {
    return text.length() <= SHOWN
        ? text
        : text.substring(0, SHOWN) + "… (" + text.length() + " characters)";
  }

  private static String arg(String[] w, int i, String what) {
    if (w.length <= i) {
      throw new IllegalArgumentException("needs " + what + "; type help");
    }
    return w[i];
  }

  /// `on` when left out; anything but on or off is a mistake, not a silent "on".
  private static boolean onOrOff(String word) {
    if (word == null || word.equalsIgnoreCase("on")) {
      return true;
    }
    if (word.equalsIgnoreCase("off")) {
      return false;
    }
    throw new IllegalArgumentException("takes on or off; got '" + shown(word) + "'");
  }

  private static String opt(String[] w, int i) {
    return w.length > i ? w[i] : null;
  }
}
