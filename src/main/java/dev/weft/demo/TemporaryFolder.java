package dev.weft.demo;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/// A folder the demo made for itself (no `--out`): deleted when the demo closes, or when the JVM
/// exits if it never did, so nothing is left behind after Weft ends.
///
/// Threading: thread-safe; [#delete] runs at most once.
final class TemporaryFolder {
  private final Path folder;
  private final Thread onExit;
  private boolean deleted;

  TemporaryFolder(Path folder) {
    this.folder = folder;
    this.onExit = Thread.ofPlatform().unstarted(this::deleteNow);
    Runtime.getRuntime().addShutdownHook(onExit);
  }

  /// Deletes the folder and forgets the exit hook.
  void delete() {
    try {
      Runtime.getRuntime().removeShutdownHook(onExit);
    } catch (IllegalStateException exiting) {
      // The JVM is exiting: the hook deletes it.
    }
    deleteNow();
  }

  private synchronized void deleteNow() {
    if (deleted) {
      return;
    }
    deleted = true;
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              Files.deleteIfExists(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException ignored) {
      // Only a temporary folder: the OS cleans its temp folder in the end.
    }
  }
}
