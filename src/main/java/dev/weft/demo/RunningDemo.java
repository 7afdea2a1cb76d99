package dev.weft.demo;

import dev.weft.demo.api.ApiServer;
import dev.weft.demo.api.ObjectStore;
import dev.weft.demo.sim.GatewayController;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

/// A started demo fabric. Close it to stop every server and simulator.
///
/// Threading: all methods are thread-safe; the getters return fixed values. Scenarios run on the
/// caller's thread and return once the change is made (its effects then show within the
/// simulator's timings).
public final class RunningDemo implements AutoCloseable {
  private final DemoOptions options;
  private final Path kubeconfig;
  private final Path fabricFile;
  private final List<DemoZone> zones;
  private final ApiServer gateway;
  private final Scenarios scenarios;
  private final Vertx vertx;
  private GatewayController gatewayController;

  RunningDemo(
      DemoOptions options,
      Path kubeconfig,
      Path fabricFile,
      List<DemoZone> zones,
      ApiServer gateway,
      Vertx vertx) {
    this.vertx = vertx;
    this.options = options;
    this.kubeconfig = kubeconfig;
    this.fabricFile = fabricFile;
    this.zones = List.copyOf(zones);
    this.gateway = gateway;
    this.scenarios = new Scenarios(this);
  }

  /// Hands the gateway cluster's controller to this demo, which closes it.
  RunningDemo controlling(GatewayController controller) {
    this.gatewayController = controller;
    return this;
  }

  public Path kubeconfig() {
    return kubeconfig;
  }

  public Path fabricFile() {
    return fabricFile;
  }

  public DemoOptions options() {
    return options;
  }

  public List<String> zoneNames() {
    return zones.stream().map(z -> z.name().name()).toList();
  }

  /// The app names, app1 … appM; app1 depends on app2 and so on.
  public List<String> appNames() {
    return java.util.stream.IntStream.rangeClosed(1, options.apps())
        .mapToObj(DemoFiles::appName)
        .toList();
  }

  public String namespace() {
    return DemoFiles.NAMESPACE;
  }

  public String gatewayContext() {
    return DemoFiles.GATEWAY_CONTEXT;
  }

  public String gatewayNamespace() {
    return DemoFiles.GATEWAY_NAMESPACE;
  }

  public String routeName() {
    return DemoFiles.ROUTE;
  }

  public String contextOf(String zone) {
    return DemoFiles.context(zone(zone).name().name());
  }

  /// The API server URL of a zone, e.g. `http://127.0.0.1:41234`.
  public String apiUrl(String zone) {
    return zone(zone).server().url();
  }

  public String gatewayUrl() {
    return gateway.url();
  }

  public Scenarios scenarios() {
    return scenarios;
  }

  /// Watch events the zones' stores have produced since start: what the event rate counts.
  public long eventCount() {
    return zones.stream().mapToLong(z -> z.store().eventCount()).sum();
  }

  /// A zone's store, for tests and benchmarks that must look past the API (never for Weft).
  public ObjectStore store(String zone) {
    return zone(zone).store();
  }

  DemoZone zone(String name) {
    return zones.stream()
        .filter(z -> z.name().name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "no demo zone '"
                        + ScenarioCommands.shown(name)
                        + "'; zones: "
                        + String.join(", ", zoneNames())
                        + (name.equals("gateway") ? " (gateway is not a zone here)" : "")));
  }

  List<DemoZone> zones() {
    return zones;
  }

  /// The gateway cluster's API server (its store and faults), for scenarios.
  ApiServer gateway() {
    return gateway;
  }

  /// The gateway cluster's store, for tests that must look past the API (never for Weft).
  public ObjectStore gatewayStore() {
    return gateway.store();
  }

  @Override
  public void close() {
    scenarios.stopAll();
    if (gatewayController != null) {
      gatewayController.close();
    }
    zones.parallelStream().forEach(DemoZone::close);
    gateway.close();
    vertx.close();
  }
}
