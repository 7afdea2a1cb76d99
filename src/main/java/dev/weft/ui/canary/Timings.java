package dev.weft.ui.canary;

import dev.weft.ui.ReleaseView;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/// `started 14:02:11 by ada · this step 12 s`. Stateless.
final class Timings {
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private Timings() {}

  static String of(ReleaseView r, Instant now) {
    StringBuilder b = new StringBuilder();
    if (r.startedAt() != null) {
      b.append("started ").append(CLOCK.format(r.startedAt()));
    }
    if (!r.by().isEmpty()) {
      b.append(" by ").append(r.by());
    }
    if (r.inProgress() && r.stepSince() != null) {
      long s = Math.max(0, Duration.between(r.stepSince(), now).toSeconds());
      b.append(b.isEmpty() ? "" : " · ").append("this step ").append(s).append(" s");
    }
    return b.toString();
  }
}
