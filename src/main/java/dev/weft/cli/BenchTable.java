package dev.weft.cli;

import dev.weft.bench.IngestBenchmark.Result;
import java.time.Duration;
import java.util.List;

/// The ingest benchmark's table: one column per variant, the target beside each figure. Pure.
final class BenchTable {
  private BenchTable() {}

  static String format(List<Result> results) {
    StringBuilder out = new StringBuilder();
    out.append("%n%-34s".formatted("measure"));
    results.forEach(r -> out.append("%-28s".formatted(r.variant())));
    out.append("target\n");
    row(out, "time to first synced model", results, r -> ms(r.synced()), "≤ 3000 ms");
    row(out, "event→model latency p50", results, r -> ms(r.p50()), "");
    row(out, "event→model latency p99", results, r -> ms(r.p99()), "≤ 50 ms");
    row(out, "events sent / seen", results, r -> r.eventsSent() + " / " + r.eventsSeen(), "");
    row(out, "achieved event rate", results, r -> "%.0f /s".formatted(r.achievedRate()), "");
    row(out, "heap per pod, live model*", results, r -> r.bytesPerPod() + " B", "≤ 1024 B");
    return out.toString();
  }

  /// The bare-store rows: a store and a replayed model only, no informer, client or server.
  static String footprint(long lean, long full) {
    StringBuilder out = new StringBuilder();
    out.append(
        "%-34s%-28s%-28s%s%n"
            .formatted("heap per pod, bare store + model†", lean + " B", full + " B", ""));
    out.append(
        "%-34s%-56s%s%n"
            .formatted("full store / lean store", "%.1f×".formatted(full / (double) lean), "≥ 5×"));
    out.append(
        "\n* the running live model behind real informers: used heap after three full GCs\n"
            + "  (memory pools' collection usage) with the model synced and kept reachable, minus\n"
            + "  the same just before it opened, divided by the pods watched. Counts informers,\n"
            + "  their stores, clients, the model and its snapshot (the demo, if in this JVM, not).\n"
            + "† the same pods put into a bare store (no informer, no HTTP) and replayed into a\n"
            + "  model: the two store designs compared alone, not what Weft holds when running.\n");
    return out.toString();
  }

  private interface Cell {
    String of(Result r);
  }

  private static void row(
      StringBuilder out, String name, List<Result> results, Cell cell, String target) {
    out.append("%-34s".formatted(name));
    results.forEach(r -> out.append("%-28s".formatted(cell.of(r))));
    out.append(target).append('\n');
  }

  private static String ms(Duration d) {
    return d.toNanos() < 10_000_000 ? "%.1f ms".formatted(d.toNanos() / 1e6) : d.toMillis() + " ms";
  }
}
