package dev.weft.demo;

import dev.weft.demo.DemoZones.ZoneName;
import dev.weft.demo.api.ApiServer;
import dev.weft.demo.api.ObjectStore;
import dev.weft.demo.sim.ZoneSimulator;

/// One running demo zone: its API server (and store) and its simulated control plane.
/// Thread-safe as its parts are.
record DemoZone(ZoneName name, ApiServer server, ZoneSimulator simulator) {
  ObjectStore store() {
    return server.store();
  }

  void close() {
    simulator.close();
    server.close();
  }
}
