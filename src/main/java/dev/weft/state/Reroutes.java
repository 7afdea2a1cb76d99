package dev.weft.state;

import dev.weft.cluster.ServiceInfo;
import dev.weft.fabric.App;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.Zone;
import java.util.Map;
import java.util.Optional;

/// Whether a zone's calls to a dependency go to another zone, as the zone's cluster says: the
/// dependency's Service (named as the app or its Deployment) in the zone's namespace carries the
/// annotation `weft.dev/rerouted-to: <zone>`, or is an ExternalName Service whose
/// `externalName` is the dependency's `remoteAddress` for another zone. Pure.
final class Reroutes {
  private Reroutes() {}

  static Optional<String> target(
      Fabric fabric, Zone zone, String dependency, Map<String, ServiceInfo> services) {
    App dep = fabric.app(dependency).orElse(null);
    if (dep == null) {
      return Optional.empty();
    }
    ServiceInfo service = services.get(dep.name());
    if (service == null) {
      service = services.get(dep.deployment());
    }
    if (service == null) {
      return Optional.empty();
    }
    if (service.reroutedTo() != null
        && !service.reroutedTo().isBlank()
        && !service.reroutedTo().equals(zone.name())) {
      return Optional.of(service.reroutedTo());
    }
    if (service.externalName() != null && dep.remoteAddress() != null) {
      for (Zone other : fabric.zones()) {
        String address = dep.remoteAddress().replace("{zone}", other.name());
        if (!other.name().equals(zone.name()) && address.equalsIgnoreCase(service.externalName())) {
          return Optional.of(other.name());
        }
      }
    }
    return Optional.empty();
  }
}
