package dev.weft.action;

import dev.weft.fabric.Fabric;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// The action layer's path for one write to one object, for actions planned in feature packages
/// (a canary's steps): access review, dry run (`dryRun=All`), apply carrying the
/// `resourceVersion` read, verify by read-back, journal, and a Kubernetes Event. A refusal at
/// any stage is an [ApiException] and nothing after it runs.
///
/// Threading: blocks on network requests; call it on a background thread. Thread-safe.
public final class ObjectWrites {
  private final Fabric fabric;
  private final Clusters clusters;
  private final Journal journal;
  private final ActionOptions options;

  ObjectWrites(Fabric fabric, Clusters clusters, Journal journal, ActionOptions options) {
    this.fabric = fabric;
    this.clusters = clusters;
    this.journal = journal;
    this.options = options;
  }

  /// What a write does: `create` posts `body` to `path` (a collection), `update` puts it to
  /// `path` (the object, `body` carrying the `resourceVersion` read), `delete` removes `path`.
  public enum Verb {
    CREATE,
    UPDATE,
    DELETE
  }

  /// One write. `verify` lists JSON pointers whose values must read back as sent; a `null`
  /// summary writes no journal entry (bookkeeping such as a record's progress).
  public record Write(
      String cluster,
      Verb verb,
      String kind,
      String namespace,
      String name,
      String path,
      ObjectNode body,
      List<String> verify,
      String summary,
      String operation) {}

  /// One access question: may this cluster's user `verb` `kind` `namespace/name`?
  public record Access(String cluster, String verb, String kind, String namespace, String name) {}

  public Fabric fabric() {
    return fabric;
  }

  public Instant now() {
    return options.clock().instant();
  }

  /// Who `cluster` says the user is (what `weft.dev/by` records; see [KubeApi#user()]).
  public String user(String cluster) throws ApiException {
    return clusters.api(cluster).user();
  }

  /// The object at `path`, or `null` when it does not exist.
  public ObjectNode read(String cluster, String path) throws ApiException {
    try {
      return clusters.api(cluster).get(path);
    } catch (ApiException e) {
      if (e.notFound()) {
        return null;
      }
      throw e;
    }
  }

  /// The SelfSubjectAccessReview answers, all at once.
  public List<Permission> permissions(List<Access> asks) {
    return AccessReviews.ask(
        clusters,
        asks.stream()
            .map(
                a ->
                    new AccessReviews.Ask(a.cluster(), a.verb(), a.kind(), a.namespace(), a.name()))
            .toList());
  }

  /// Dry run, apply, verify, journal. Returns the object as the server answered the write (for
  /// a delete, the last state read). A 409 is never retried here: the caller reads again.
  public ObjectNode write(Write w) throws ApiException {
    KubeApi api = clusters.api(w.cluster());
    try {
      send(api, w, true);
      ObjectNode written = send(api, w, false);
      String problem = verify(api, w);
      if (problem != null) {
        throw new ApiException(0, "NotVerified", problem, false, null);
      }
      if (w.summary() != null) {
        journal(w, "DONE", "");
      }
      return written;
    } catch (ApiException e) {
      if (w.summary() != null) {
        journal(w, "FAILED", e.describe());
      }
      throw e;
    }
  }

  private static ObjectNode send(KubeApi api, Write w, boolean dryRun) throws ApiException {
    return switch (w.verb()) {
      case CREATE -> api.post(w.path(), w.body(), dryRun);
      case UPDATE -> api.put(w.path(), w.body(), dryRun);
      case DELETE -> api.delete(w.path(), dryRun);
    };
  }

  private static String verify(KubeApi api, Write w) throws ApiException {
    String objectPath = w.verb() == Verb.CREATE ? w.path() + "/" + w.name() : w.path();
    ObjectNode now;
    try {
      now = api.get(objectPath);
    } catch (ApiException e) {
      if (e.notFound() && w.verb() == Verb.DELETE) {
        return null;
      }
      throw e;
    }
    if (w.verb() == Verb.DELETE) {
      return now.path("metadata").has("deletionTimestamp") ? null : "still there after the delete";
    }
    for (String pointer : w.verify()) {
      JsonNode sent = Jsons.at(w.body(), pointer);
      JsonNode read = Jsons.at(now, pointer);
      if (!Jsons.same(sent, read)) {
        return "read back differs at " + pointer + ": " + Jsons.show(read);
      }
    }
    return null;
  }

  private void journal(Write w, String state, String detail) {
    String who;
    try {
      who = user(w.cluster());
    } catch (ApiException e) {
      who = "?";
    }
    journal.append(
        Jsons.object()
            .put("time", now().toString())
            .put("operation", w.operation())
            .put("phase", "step")
            .put("who", who)
            .put("fabric", fabric.name())
            .put("what", w.summary())
            .put("object", w.kind() + " " + w.namespace() + "/" + w.name() + " in " + w.cluster())
            .put("state", state)
            .put("detail", detail));
  }

  /// Appends one entry to the journal: `phase` (`canary`), `what`, `detail`.
  public void journal(String operation, String phase, String what, String detail) {
    journal.append(
        Jsons.object()
            .put("time", now().toString())
            .put("operation", operation)
            .put("phase", phase)
            .put("fabric", fabric.name())
            .put("what", what)
            .put("detail", detail));
  }

  /// Posts an Event on `involved` (best effort, as for failovers: an event that cannot be
  /// written changes nothing decided).
  public void event(
      String cluster, ObjectNode involved, String reason, String message, boolean warning) {
    String namespace = Jsons.string(involved, "metadata", "namespace");
    String name = Jsons.string(involved, "metadata", "name");
    Instant now = now();
    ObjectNode event = Jsons.object().put("apiVersion", "v1").put("kind", "Event");
    event
        .putObject("metadata")
        .put("name", (name + "." + Long.toHexString(System.nanoTime())).toLowerCase(Locale.ROOT))
        .put("namespace", namespace);
    event
        .putObject("involvedObject")
        .put("apiVersion", Jsons.string(involved, "apiVersion"))
        .put("kind", Jsons.string(involved, "kind"))
        .put("namespace", namespace)
        .put("name", name)
        .put("uid", Jsons.string(involved, "metadata", "uid"));
    event
        .put("reason", reason)
        .put("message", message)
        .put("type", warning ? "Warning" : "Normal")
        .put("firstTimestamp", now.toString())
        .put("lastTimestamp", now.toString())
        .put("count", 1)
        .put("reportingComponent", "weft");
    event.putObject("source").put("component", "weft");
    try {
      clusters.api(cluster).post(Paths.events(namespace), event, false);
    } catch (ApiException e) {
      // best effort (see above)
    }
  }
}
