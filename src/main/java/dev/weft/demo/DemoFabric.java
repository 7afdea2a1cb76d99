package dev.weft.demo;

import dev.weft.demo.DemoZones.ZoneName;
import dev.weft.demo.api.ApiServer;
import dev.weft.demo.api.NamespaceLifecycle;
import dev.weft.demo.api.ObjectStore;
import dev.weft.demo.auth.ClusterAuth;
import dev.weft.demo.auth.DemoUsers;
import dev.weft.demo.auth.RbacSeed;
import dev.weft.demo.auth.ServingCertificate;
import dev.weft.demo.sim.GatewayController;
import dev.weft.demo.sim.ZoneSimulator;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Starts the embedded demo fabric: a gateway cluster and N zone clusters on loopback, each a
/// Kubernetes API endpoint (fabric8's mock web server in front of an indexed store), brought to
/// life by a simulated control plane; then writes `kubeconfig` and `fabric.yaml` for them.
///
/// Weft reaches the demo only through those files, as it reaches real clusters.
///
/// Threading: [#start] blocks until every zone answers and the files are written; it may be
/// called from any thread except the JavaFX application thread (it takes a second or more).
public final class DemoFabric {
  // One set of event loops serves every zone: threads per zone would crowd a 2-core machine.
  private static final int EVENT_LOOPS = 2;

  private DemoFabric() {}

  /// Starts the fabric; a [DemoFolderException] when the output folder cannot be used.
  public static RunningDemo start(DemoOptions options) {
    DemoFolder folder = DemoFolder.open(outDir(options));
    List<ZoneName> names = DemoZones.first(options.zones());
    List<DemoZone> zones = new ArrayList<>();
    Map<String, ClusterAuth> auth = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(EVENT_LOOPS));
    ApiServer gateway = new ApiServer(vertx, clusterStore());
    GatewayController gatewayController = null;
    try {
      ServingCertificate tls = folder.previousCertificate().orElseGet(ServingCertificate::generate);
      for (int i = 0; i < names.size(); i++) {
        ZoneName name = names.get(i);
        ApiServer server = new ApiServer(vertx, clusterStore());
        server.tls(tls.certPem(), tls.keyPem());
        auth.put(name.name(), secure(folder, name.name(), server, RbacSeed.Kind.ZONE));
        start(folder, name.name(), server, notes);
        ZoneSimulator simulator =
            new ZoneSimulator(
                name.name(),
                i,
                DemoFiles.NAMESPACE,
                server.store(),
                options.timings(),
                options.seed() + i);
        zones.add(new DemoZone(name, server, simulator));
      }
      zones.parallelStream().forEach(zone -> seed(zone, options));
      gateway.tls(tls.certPem(), tls.keyPem());
      auth.put(GATEWAY, secure(folder, GATEWAY, gateway, RbacSeed.Kind.GATEWAY));
      start(folder, GATEWAY, gateway, notes);
      GatewayObjects.seed(gateway.store(), names);
      gatewayController = new GatewayController(gateway.store());
      List<DemoFiles.KubeCluster> clusters = new ArrayList<>();
      Map<String, Integer> ports = new LinkedHashMap<>();
      Map<String, Map<String, String>> tokens = new LinkedHashMap<>();
      for (DemoZone z : zones) {
        clusters.add(
            cluster(
                DemoFiles.context(z.name().name()),
                z.server(),
                DemoFiles.NAMESPACE,
                auth.get(z.name().name())));
        ports.put(z.name().name(), z.server().port());
      }
      clusters.add(
          cluster(
              DemoFiles.GATEWAY_CONTEXT, gateway, DemoFiles.GATEWAY_NAMESPACE, auth.get(GATEWAY)));
      ports.put(GATEWAY, gateway.port());
      auth.forEach((cluster, a) -> tokens.put(cluster, a.tokens().byUser()));
      Path kubeconfig = folder.dir().resolve("kubeconfig");
      Path fabric = folder.dir().resolve("fabric.yaml");
      DemoFiles.writeKubeconfig(
          kubeconfig,
          clusters,
          DemoFiles.context(DemoFiles.context(names.getFirst().name()), options.user()),
          tls.caData());
      DemoFiles.writeFabric(fabric, names, options.apps(), options.user());
      folder.save(ports, tokens, tls);
      RunningDemo demo =
          new RunningDemo(
                  options, kubeconfig, fabric, zones, gateway, vertx, auth, folder, notes, tls)
              .controlling(gatewayController);
      if (options.outDir() == null) {
        demo.deleteOnClose(new TemporaryFolder(folder.dir()));
      }
      return demo;
    } catch (RuntimeException e) {
      if (gatewayController != null) {
        gatewayController.close();
      }
      zones.forEach(DemoZone::close);
      gateway.close();
      vertx.close();
      auth.values().forEach(ClusterAuth::close);
      folder.close();
      if (options.outDir() == null) {
        new TemporaryFolder(folder.dir()).delete();
      }
      throw e;
    }
  }

  /// The gateway cluster's name in scenarios, audit logs and the folder's state.
  static final String GATEWAY = "gateway";

  private static ClusterAuth secure(
      DemoFolder folder, String cluster, ApiServer server, RbacSeed.Kind kind) {
    String namespace =
        kind == RbacSeed.Kind.ZONE ? DemoFiles.NAMESPACE : DemoFiles.GATEWAY_NAMESPACE;
    return ClusterAuth.install(
        cluster,
        server,
        kind,
        namespace,
        folder.previousTokens(cluster),
        folder.dir().resolve("audit").resolve(cluster + ".log"));
  }

  /// Starts on the previous run's port where there was one and it is free.
  private static void start(
      DemoFolder folder, String cluster, ApiServer server, List<String> notes) {
    int previous = folder.previousPort(cluster);
    if (previous <= 0) {
      server.start();
    } else if (!server.startOn(previous)) {
      notes.add(
          cluster
              + ": port "
              + previous
              + " of the previous run is taken by another program;"
              + " now on "
              + server.port()
              + " (copies of the old kubeconfig need the new port)");
    }
  }

  private static DemoFiles.KubeCluster cluster(
      String context, ApiServer server, String namespace, ClusterAuth auth) {
    Map<String, String> tokens = new LinkedHashMap<>();
    for (String user : DemoUsers.PEOPLE) {
      tokens.put(user, auth.tokens().tokenOf(user));
    }
    return new DemoFiles.KubeCluster(context, server.port(), namespace, tokens);
  }

  static String image(int app) {
    return "registry.example/health/" + DemoFiles.appName(app) + ":" + version(app);
  }

  static String version(int app) {
    return "1." + (3 + app) + ".2";
  }

  private static void seed(DemoZone zone, DemoOptions options) {
    for (int app = 1; app <= options.apps(); app++) {
      String clusterIp = "10.96." + (zone.name().hashCode() & 0x7f) + "." + (10 + app);
      zone.simulator().seed(DemoFiles.appName(app), image(app), options.replicas(), clusterIp);
    }
  }

  private static Path outDir(DemoOptions options) {
    try {
      return options.outDir() != null ? options.outDir() : Files.createTempDirectory("weft-demo-");
    } catch (IOException e) {
      throw new DemoFolderException(
          "cannot create a temporary folder for the demo: " + DemoFolder.reason(e));
    }
  }

  /// A new cluster's objects: empty but for the namespaces kube-apiserver makes itself.
  private static ObjectStore clusterStore() {
    ObjectStore store = new ObjectStore();
    NamespaceLifecycle.seed(store);
    return store;
  }
}
