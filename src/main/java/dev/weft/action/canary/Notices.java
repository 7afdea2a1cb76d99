package dev.weft.action.canary;

import dev.weft.action.ApiException;
import dev.weft.action.ObjectWrites;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/// Tells of a release's start, verdict changes, steps, pauses, resumes and abort: a journal
/// entry, a Kubernetes Event on the zone's stable Deployment (best effort), and the listener.
/// Thread-safe.
final class Notices {
  private final ObjectWrites writes;
  private final ZoneReader reader;
  private volatile Consumer<String> listener = line -> {};

  Notices(ObjectWrites writes, ZoneReader reader) {
    this.writes = writes;
    this.reader = reader;
  }

  void listen(Consumer<String> listener) {
    this.listener = listener == null ? line -> {} : listener;
  }

  void post(Release r, String zone, String reason, String message, boolean warning) {
    String text = r.app + " " + r.image + ": " + message;
    try {
      writes.journal(r.id, "canary", reason + " " + r.app + "@" + zone, message);
    } catch (RuntimeException e) {
      // a journal that cannot be written does not stop the release; the record holds the state
    }
    listener.accept(zone + "  " + reason + "  " + message);
    try {
      ObjectNode d = reader.deployment(zone, r.deployment);
      if (d != null) {
        writes.event(zone, d, reason, text + " (release " + r.id + ")", warning);
      }
    } catch (ApiException e) {
      // best effort: the zone may be the one that does not answer
    }
  }
}
