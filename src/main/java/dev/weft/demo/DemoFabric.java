package dev.weft.demo;

import dev.weft.demo.DemoZones.ZoneName;
import dev.weft.demo.api.ApiServer;
import dev.weft.demo.api.ObjectStore;
import dev.weft.demo.sim.GatewayController;
import dev.weft.demo.sim.ZoneSimulator;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
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

  public static RunningDemo start(DemoOptions options) {
    Path out = outDir(options);
    List<ZoneName> names = DemoZones.first(options.zones());
    List<DemoZone> zones = new ArrayList<>();
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(EVENT_LOOPS));
    ApiServer gateway = new ApiServer(vertx, new ObjectStore());
    GatewayController gatewayController = null;
    try {
      for (int i = 0; i < names.size(); i++) {
        ZoneName name = names.get(i);
        ApiServer server = new ApiServer(vertx, new ObjectStore());
        server.start();
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
      gateway.start();
      GatewayObjects.seed(gateway.store(), names);
      gatewayController = new GatewayController(gateway.store());
      Map<String, Integer> ports = new LinkedHashMap<>();
      zones.forEach(z -> ports.put(DemoFiles.context(z.name().name()), z.server().port()));
      ports.put(DemoFiles.GATEWAY_CONTEXT, gateway.port());
      Path kubeconfig = out.resolve("kubeconfig");
      Path fabric = out.resolve("fabric.yaml");
      DemoFiles.writeKubeconfig(kubeconfig, ports, DemoFiles.context(names.getFirst().name()));
      DemoFiles.writeFabric(fabric, names, options.apps());
      return new RunningDemo(options, kubeconfig, fabric, zones, gateway, vertx)
          .controlling(gatewayController);
    } catch (RuntimeException e) {
      if (gatewayController != null) {
        gatewayController.close();
      }
      zones.forEach(DemoZone::close);
      gateway.close();
      vertx.close();
      throw e;
    }
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
      return options.outDir() != null
          ? Files.createDirectories(options.outDir())
          : Files.createTempDirectory("weft-demo-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the demo's directory", e);
    }
  }
}
