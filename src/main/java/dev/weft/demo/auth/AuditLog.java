package dev.weft.demo.auth;

import dev.weft.demo.api.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// One cluster's audit log: every request that changes something, or tries to, as an
/// `audit.k8s.io/v1` Event at the Metadata level, one JSON line each, appended to a file and kept
/// in memory (the last 10,000) for tests. Never holds a token: only who, what, and the answer.
///
/// A dry run is written as any request (as kube-apiserver does; its `requestURI` carries
/// `dryRun=All`), plus the annotation `weft.dev/dry-run`, since Kubernetes' Event has no field.
///
/// Thread-safe: [#record] is synchronized, so lines never interleave.
public final class AuditLog implements AutoCloseable {
  private static final int KEPT = 10_000;
  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private final Path file;
  private final ArrayDeque<ObjectNode> kept = new ArrayDeque<>();
  private BufferedWriter out;

  /// @param file where the lines go (its folder is created); null to keep them in memory only
  public AuditLog(Path file) {
    this.file = file;
    if (file != null) {
      try {
        Files.createDirectories(file.toAbsolutePath().getParent());
        out =
            Files.newBufferedWriter(
                file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the audit log " + file, e);
      }
    }
  }

  public Path file() {
    return file;
  }

  /// What one request did, for [#record].
  record Entry(
      Instant received,
      String requestUri,
      Identity who,
      RequestAttributes request,
      String userAgent,
      int code,
      JsonNode failure,
      String decision,
      String reason) {}

  synchronized void record(Entry e) {
    ObjectNode event =
        Json.object()
            .put("kind", "Event")
            .put("apiVersion", "audit.k8s.io/v1")
            .put("level", "Metadata")
            .put("auditID", UUID.randomUUID().toString())
            .put("stage", "ResponseComplete")
            .put("requestURI", e.requestUri())
            .put("verb", e.request().verb());
    ObjectNode user = event.putObject("user");
    if (e.who() != null) {
      user.put("username", e.who().username());
      e.who().groups().forEach(user.putArray("groups")::add);
    }
    event.putArray("sourceIPs").add("127.0.0.1");
    if (e.userAgent() != null) {
      event.put("userAgent", e.userAgent());
    }
    ObjectNode ref = event.putObject("objectRef").put("resource", e.request().resource());
    putIfSet(ref, "namespace", e.request().namespace());
    putIfSet(ref, "name", e.request().name());
    putIfSet(ref, "apiGroup", e.request().apiGroup());
    putIfSet(ref, "apiVersion", e.request().apiVersion());
    putIfSet(ref, "subresource", e.request().subresource());
    ObjectNode status = event.putObject("responseStatus");
    status.putObject("metadata");
    if (e.failure() != null && e.code() >= 400) {
      for (String field : List.of("status", "message", "reason", "details")) {
        if (e.failure().has(field)) {
          status.set(field, e.failure().get(field));
        }
      }
    }
    status.put("code", e.code());
    event.put("requestReceivedTimestamp", MICROS.format(e.received()));
    event.put("stageTimestamp", MICROS.format(Instant.now()));
    ObjectNode annotations = Json.object();
    if (e.decision() != null) {
      annotations.put("authorization.k8s.io/decision", e.decision());
      annotations.put("authorization.k8s.io/reason", e.reason());
    }
    if (!e.request().dryRun().isEmpty()) {
      annotations.put("weft.dev/dry-run", e.request().dryRun());
    }
    if (!annotations.isEmpty()) {
      event.set("annotations", annotations);
    }
    kept.addLast(event);
    if (kept.size() > KEPT) {
      kept.removeFirst();
    }
    if (out != null) {
      try {
        out.write(Json.string(event));
        out.newLine();
        out.flush();
      } catch (IOException ignored) {
        // A full disk must not fail the request; the in-memory record stays.
      }
    }
  }

  /// The events so far, oldest first (copies).
  public synchronized List<ObjectNode> events() {
    return kept.stream().map(ObjectNode::deepCopy).toList();
  }

  @Override
  public synchronized void close() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException ignored) {
        // Closing at shutdown: nothing left to save.
      }
      out = null;
    }
  }

  private static void putIfSet(ObjectNode node, String key, String value) {
    if (value != null && !value.isEmpty()) {
      node.put(key, value);
    }
  }
}
