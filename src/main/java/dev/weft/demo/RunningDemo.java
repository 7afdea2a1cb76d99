package dev.weft.demo;

import dev.weft.demo.api.ApiServer;
import dev.weft.demo.api.ObjectStore;
import dev.weft.demo.auth.ClusterAuth;
import dev.weft.demo.auth.DemoUsers;
import dev.weft.demo.auth.ServingCertificate;
import dev.weft.demo.sim.GatewayController;
import io.vertx.core.Vertx;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import tools.jackson.databind.node.ObjectNode;

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
  private final Map<String, ClusterAuth> auth;
  private final DemoFolder folder;
  private final List<String> notes;
  private final ServingCertificate tls;
  private final HttpClient http;

  RunningDemo(
      DemoOptions options,
      Path kubeconfig,
      Path fabricFile,
      List<DemoZone> zones,
      ApiServer gateway,
      Vertx vertx,
      Map<String, ClusterAuth> auth,
      DemoFolder folder,
      List<String> notes,
      ServingCertificate tls) {
    this.tls = tls;
    this.http = HttpClient.newBuilder().sslContext(tls.trustingContext()).build();
    this.vertx = vertx;
    this.auth = Map.copyOf(auth);
    this.folder = folder;
    this.notes = List.copyOf(notes);
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

  /// The API server URL of a zone, e.g. `https://127.0.0.1:41234`.
  public String apiUrl(String zone) {
    return zone(zone).server().url();
  }

  public String gatewayUrl() {
    return gateway.url();
  }

  /// The context of a zone, or of the gateway cluster (`gateway`), for `user`: `admin`,
  /// `oncall` or `viewer`, e.g. `weft-demo-gz-1-viewer`.
  public String contextOf(String cluster, String user) {
    DemoUsers.identity(user);
    String base =
        cluster.equals(DemoFabric.GATEWAY) ? DemoFiles.GATEWAY_CONTEXT : contextOf(cluster);
    return DemoFiles.context(base, user);
  }

  /// The zones' names and `gateway`: every cluster of the demo.
  public List<String> clusterNames() {
    List<String> names = new java.util.ArrayList<>(zoneNames());
    names.add(DemoFabric.GATEWAY);
    return names;
  }

  /// The bearer token of `user` (`admin`, `oncall`, `viewer`, or the GitOps controller's full
  /// name) in `cluster`, for tests that speak HTTP to the demo themselves. Never log it.
  public String bearerToken(String cluster, String user) {
    return auth(cluster).tokens().tokenOf(DemoUsers.identity(user).username());
  }

  /// The audit events of `cluster` since the start, oldest first, as `audit.k8s.io/v1` Events.
  public List<ObjectNode> auditEvents(String cluster) {
    return auth(cluster).audit().events();
  }

  /// The file the cluster's audit events go to: `DIR/audit/<cluster>.log`.
  public Path auditLog(String cluster) {
    return auth(cluster).audit().file();
  }

  /// An in-process client that writes to `cluster` over its API as `user`, so that it is
  /// authorized and audited like anyone: e.g. the GitOps controller
  /// (`DemoUsers.GITOPS.username()`).
  public DemoActor actor(String cluster, String user) {
    String url = cluster.equals(DemoFabric.GATEWAY) ? gateway.url() : apiUrl(cluster);
    return new DemoActor(http, url, bearerToken(cluster, user));
  }

  /// The authority (PEM) that signed the demo servers' certificate, for clients of their own.
  public String certificateAuthority() {
    return tls.caPem();
  }

  /// A TLS context trusting the demo servers (and nothing else), for clients of their own.
  public javax.net.ssl.SSLContext trustingSslContext() {
    return tls.trustingContext();
  }

  /// What the start had to tell: previous ports it could not keep, and why.
  public List<String> notes() {
    return notes;
  }

  ClusterAuth auth(String cluster) {
    ClusterAuth a = auth.get(cluster);
    if (a == null) {
      throw new NoSuchElementException(
          "no demo cluster " + cluster + "; clusters: " + clusterNames());
    }
    return a;
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
    http.close();
    auth.values().forEach(ClusterAuth::close);
    folder.close();
  }
}
