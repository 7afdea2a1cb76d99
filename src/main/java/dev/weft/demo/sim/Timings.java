package dev.weft.demo.sim;

import java.time.Duration;

/// How fast the simulated control plane moves. Tests use [#fast()]; demos use [#realistic()].
/// Immutable.
///
/// @param pendingMin shortest time a new pod stays Pending before it runs
/// @param pendingMax longest such time (delays are drawn evenly between the two)
/// @param readyMin shortest time a running pod takes to become Ready
/// @param readyMax longest such time
/// @param crashInterval the first wait between restarts of a crash-looping container; it doubles
///     with each restart up to thirty times this, as the kubelet's back-off does
/// @param coalesce how long the control plane gathers changes before it reconciles them
public record Timings(
    Duration pendingMin,
    Duration pendingMax,
    Duration readyMin,
    Duration readyMax,
    Duration crashInterval,
    Duration coalesce) {

  public static Timings realistic() {
    return new Timings(
        Duration.ofMillis(300),
        Duration.ofMillis(1200),
        Duration.ofMillis(500),
        Duration.ofMillis(2500),
        Duration.ofSeconds(5),
        Duration.ofMillis(100));
  }

  public static Timings fast() {
    return new Timings(
        Duration.ofMillis(5),
        Duration.ofMillis(30),
        Duration.ofMillis(5),
        Duration.ofMillis(30),
        Duration.ofMillis(150),
        Duration.ofMillis(10));
  }
}
