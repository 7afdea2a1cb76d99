package dev.weft.fabric;

import java.util.List;

/// One tier of the system, a Deployment in every zone.
///
/// @param deployment the Deployment's name in every zone (the app's name by default)
/// @param dependsOn the apps this one calls, inside its own zone unless rerouted
/// @param remoteAddress how another zone reaches this app, with `{zone}` standing for the zone's
///     name; `null` where the app cannot be reached from another zone
public record App(String name, String deployment, List<String> dependsOn, String remoteAddress) {
  public App {
    dependsOn = List.copyOf(dependsOn);
  }
}
