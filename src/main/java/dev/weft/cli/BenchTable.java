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
    row(out, "heap per pod, whole run*", results, r -> r.bytesPerPod() + " B", "");
    return out.toString();
  }

  /// The isolated footprint rows: cache + model only, no servers or connections.
  static String footprint(long lean, long full) {
    StringBuilder out = new StringBuilder();
    out.append(
        "%-34s%-28s%-28s%s%n"
            .formatted("heap per pod, cache + model", lean + " B", full + " B", "≤ 1024 B"));
    out.append(
        "%-34s%-56s%s%n"
            .formatted("full cache / lean cache", "%.1f×".formatted(full / (double) lean), "≥ 5×"));
    out.append(
        "\n* heap held from sync until close, after full GCs; includes HTTP and API-server\n"
            + "  buffers of the same JVM, so it overstates the cache. The cache + model rows load\n"
            + "  the same pods with no server and count only the store and the live model.\n");
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
