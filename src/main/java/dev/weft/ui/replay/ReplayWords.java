package dev.weft.ui.replay;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/// How replay says when: "Replay · 03:12:05 · 14 min ago". Stateless.
final class ReplayWords {
  private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");

  private ReplayWords() {}

  static String banner(Instant at, Instant now, ZoneId zone) {
    return "Replay \u00b7 " + HMS.format(at.atZone(zone)) + " \u00b7 " + ago(at, now);
  }

  static String ago(Instant at, Instant now) {
    long s = Math.max(0, Duration.between(at, now).toSeconds());
    if (s < 60) {
      return s + " s ago";
    }
    if (s < 3600) {
      return s / 60 + " min ago";
    }
    if (s < 48 * 3600) {
      return s / 3600 + " h " + (s % 3600) / 60 + " min ago";
    }
    return s / 86_400 + " days ago";
  }
}
