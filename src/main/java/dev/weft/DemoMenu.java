package dev.weft;

import dev.weft.demo.RunningDemo;
import dev.weft.demo.Scenarios;
import dev.weft.demo.api.ApiFaults;
import dev.weft.ui.DemoControls;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/// The window's Demo menu on a running demo fabric: each entry one scenario, on named zones so a
/// stakeholder sees which lane it hits. The last zone takes outages, so the first (the canary
/// zone, where the gateway sends most traffic) keeps serving.
///
/// Threading: [#run] returns at once; scenarios run one after another on a daemon thread, since
/// stopping or starting a zone's server takes a moment.
final class DemoMenu implements DemoControls {
  private final Map<String, Consumer<Scenarios>> entries = new LinkedHashMap<>();
  private final Scenarios scenarios;
  private final ExecutorService runner =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().daemon().name("weft-demo-menu").factory());

  DemoMenu(RunningDemo demo) {
    this.scenarios = demo.scenarios();
    List<String> zones = demo.zoneNames();
    String first = zones.getFirst();
    String last = zones.getLast();
    String middle = zones.get(zones.size() / 2);
    String app = demo.appNames().get(demo.appNames().size() > 1 ? 1 : 0);
    entries.put("Zone outage: " + last, s -> s.zoneOutage(last));
    entries.put("Zone recovery: " + last, s -> s.restore(last));
    entries.put("Brown-out: " + middle, s -> s.brownOut(middle, true));
    entries.put("Brown-out over: " + middle, s -> s.brownOut(middle, false));
    entries.put("Slow API (2 s): " + middle, s -> s.slowApi(middle, Duration.ofSeconds(2)));
    entries.put(
        "API errors (403 on pods): " + last,
        s -> s.apiErrors(last, ApiFaults.ErrorKind.FORBIDDEN, "pods"));
    entries.put("Watch expiry (410 Gone): " + first, s -> s.expireWatches(first));
    entries.put("Bad canary: " + app + "@" + first, s -> s.badCanary(app, first));
    entries.put("Pod churn (200 events/s, 60 s)", s -> s.churn(null, 200, Duration.ofSeconds(60)));
    entries.put("Gateway writes fail (500)", s -> s.writeErrors("gateway"));
    entries.put("Route updates conflict (409)", s -> s.conflicts("gateway", "httproutes"));
    entries.put(
        "Gateway write answers 10 s late", s -> s.writeLag("gateway", Duration.ofSeconds(10)));
    entries.put("GitOps drift: route weights", s -> s.driftGateway(Duration.ofSeconds(3)));
    entries.put("Revoke oncall's rights: gateway", s -> s.revoke("gateway", "oncall"));
    entries.put("Grant oncall's rights back: gateway", s -> s.grant("gateway", "oncall"));
    entries.put("Reset every scenario", Scenarios::reset);
  }

  @Override
  public List<String> scenarios() {
    return List.copyOf(entries.keySet());
  }

  @Override
  public void run(String scenario) {
    Consumer<Scenarios> entry = entries.get(scenario);
    if (entry != null) {
      runner.execute(() -> entry.accept(scenarios));
    }
  }
}
