package dev.weft.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;

/// Notices that a kubeconfig file changed (a demo restarted on new ports, a refreshed cloud
/// login) by comparing each file's size, modification time and identity on every [#poll]: a
/// few `stat` calls, cheap enough for a timer, and unlike a directory watch it also works when
/// a tool replaces the file by renaming a new one over it.
///
/// Threading: [#poll] is called from one thread at a time (a scheduler's).
public final class KubeconfigWatcher {
  private final KubeconfigSource source;
  private List<Object> seen;

  public KubeconfigWatcher(KubeconfigSource source) {
    this.source = source;
    this.seen = look();
  }

  /// Whether any file changed, appeared or went since the last poll.
  public boolean poll() {
    List<Object> now = look();
    boolean changed = !now.equals(seen);
    seen = now;
    return changed;
  }

  private List<Object> look() {
    return source.files().stream().map(KubeconfigWatcher::stamp).toList();
  }

  private static Object stamp(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return List.of(
          a.size(),
          a.lastModifiedTime().toMillis(),
          Objects.toString(a.fileKey(), file.toString()));
    } catch (IOException e) {
      return "absent";
    }
  }
}
