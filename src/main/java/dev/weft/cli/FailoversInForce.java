package dev.weft.cli;

import dev.weft.action.ActionOptions;
import dev.weft.action.Actions;
import dev.weft.action.InForce;
import dev.weft.action.Incomplete;
import dev.weft.cluster.KubeconfigSource;
import dev.weft.cluster.LeanClients;
import dev.weft.fabric.Fabric;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// The failovers in force and the operations left half done, as `weft status` prints them
/// below the zones (read once from the clusters' annotations and operation records).
///
/// @param unknown why they could not be read (the gateway cluster did not answer in time), or
///     null when they were
record FailoversInForce(List<InForce> inForce, List<Incomplete> incomplete, String unknown) {
  static final FailoversInForce NONE = new FailoversInForce(List.of(), List.of(), null);

  /// Starts reading on a thread of its own, so a silent gateway cluster never holds `status`
  /// past its `--timeout`: [#within] takes what arrived by then.
  static CompletableFuture<FailoversInForce> start(Fabric fabric) {
    return start(
        () ->
            Actions.openForReading(
                fabric, KubeconfigSource.forFabric(fabric), ActionOptions.defaults()));
  }

  /// As [#start(Fabric)], over the command's `lean` clients: the failovers are read over the
  /// connections the status read opened, after its requests (one TLS handshake per cluster).
  static CompletableFuture<FailoversInForce> start(Fabric fabric, LeanClients lean) {
    return start(
        () ->
            Actions.openForReading(
                fabric, KubeconfigSource.forFabric(fabric), ActionOptions.defaults(), lean));
  }

  private static CompletableFuture<FailoversInForce> start(Supplier<Actions> open) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (Actions actions = open.get()) {
            return new FailoversInForce(actions.inForce(), actions.incomplete(), null);
          }
        },
        command -> Thread.ofVirtual().name("weft-status-failovers").start(command));
  }

  /// What `reading` gave by `deadline`, or an unknown answer saying why not.
  static FailoversInForce within(CompletableFuture<FailoversInForce> reading, Instant deadline) {
    try {
      long wait = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
      return reading.get(wait, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      reading.cancel(true);
      return unknown("the gateway cluster did not answer in time");
    } catch (ExecutionException e) {
      String why = e.getCause() == null ? null : e.getCause().getMessage();
      return unknown(why == null || why.isBlank() ? "the gateway cluster did not answer" : why);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return unknown("interrupted");
    }
  }

  private static FailoversInForce unknown(String why) {
    return new FailoversInForce(List.of(), List.of(), why);
  }

  /// Lines to print under the table; empty when nothing is in force.
  String text() {
    if (unknown != null) {
      return "\nFailovers in force: unknown (" + unknown + ")\n";
    }
    if (inForce.isEmpty() && incomplete.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    if (!inForce.isEmpty()) {
      b.append("\nFailovers in force (weft failback FABRIC --operation ID):\n");
      inForce.forEach(
          f ->
              b.append("  ")
                  .append(f.operationId())
                  .append("  ")
                  .append(f.describe())
                  .append('\n'));
    }
    for (Incomplete i : incomplete) {
      b.append("\nIncomplete operation ")
          .append(i.operationId())
          .append(": ")
          .append(i.request())
          .append(" by ")
          .append(i.by())
          .append(" at ")
          .append(i.at())
          .append(" (finish: weft finish FABRIC --operation ")
          .append(i.operationId())
          .append("; roll back: weft failback FABRIC --operation ")
          .append(i.operationId())
          .append(")\n");
      i.steps().forEach(s -> b.append("  ").append(s).append('\n'));
    }
    return b.toString();
  }

  /// `status` JSON with `failovers` and `incompleteOperations` added.
  String json(String statusJson) {
    JsonMapper mapper = JsonMapper.shared();
    ObjectNode root = (ObjectNode) mapper.readTree(statusJson);
    if (unknown != null) {
      root.put("failoversUnknown", unknown);
    }
    ArrayNode list = root.putArray("failovers");
    for (InForce f : inForce) {
      list.addObject()
          .put("operation", f.operationId())
          .put("kind", f.kind())
          .put("zone", f.zone())
          .put("app", f.app())
          .put("target", f.target())
          .put("by", f.by())
          .put("at", f.at().toString())
          .put("reason", f.reason());
    }
    ArrayNode open = root.putArray("incompleteOperations");
    for (Incomplete i : incomplete) {
      ArrayNode steps =
          open.addObject()
              .put("operation", i.operationId())
              .put("request", i.request())
              .put("by", i.by())
              .put("at", i.at().toString())
              .putArray("steps");
      i.steps().forEach(steps::add);
    }
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }
}
