package dev.weft.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/// What the window remembers between runs: bounds, dividers, theme, presentation mode, mute,
/// the selected node and recent fabrics. Backed by `java.util.prefs` (the user's own store).
///
/// Threading: thread-safe (Preferences is); read at start, written on change and on close.
public final class UiSettings {
  private static final int MAX_RECENT = 8;
  private final Preferences prefs;

  public UiSettings(Preferences prefs) {
    this.prefs = prefs;
  }

  /// The user's real settings node.
  public static UiSettings forUser() {
    return new UiSettings(Preferences.userRoot().node("dev/weft/ui"));
  }

  public double getDouble(String key, double fallback) {
    return prefs.getDouble(key, fallback);
  }

  public void putDouble(String key, double value) {
    prefs.putDouble(key, value);
  }

  public String get(String key, String fallback) {
    return prefs.get(key, fallback);
  }

  public void put(String key, String value) {
    prefs.put(key, value == null ? "" : value);
  }

  public boolean getBoolean(String key, boolean fallback) {
    return prefs.getBoolean(key, fallback);
  }

  public void putBoolean(String key, boolean value) {
    prefs.putBoolean(key, value);
  }

  /// Recent fabric files, most recent first.
  public List<Path> recent() {
    List<Path> out = new ArrayList<>();
    for (String line : prefs.get("recent", "").split("\n")) {
      if (!line.isBlank()) {
        out.add(Path.of(line));
      }
    }
    return out;
  }

  public void addRecent(Path file) {
    List<Path> list = recent();
    Path absolute = file.toAbsolutePath().normalize();
    list.remove(absolute);
    list.addFirst(absolute);
    List<String> lines = list.stream().limit(MAX_RECENT).map(Path::toString).toList();
    prefs.put("recent", String.join("\n", lines));
  }

  /// Writes pending changes to disk; failures only lose this run's settings.
  public void flush() {
    try {
      prefs.flush();
    } catch (BackingStoreException ignored) {
      // Nothing the user can do; the window still works.
    }
  }
}
