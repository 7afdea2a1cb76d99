package dev.weft.demo;

import dev.weft.demo.api.Json;
import dev.weft.demo.auth.ServingCertificate;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// The folder a demo writes its files to, held for the demo's life: a lock file keeps a second
/// demo out, the files a person put there are never overwritten, and the previous run's ports
/// and tokens (`.weft-demo.json`, readable by its owner only) are offered to the next run so
/// kubeconfigs copied elsewhere keep working; so is its TLS certificate.
///
/// Threading: opened and closed by the thread that starts and closes the demo.
final class DemoFolder implements AutoCloseable {
  static final String HEADER = "# Written by `weft demo`";
  private static final String LOCK = ".weft-demo.lock";
  private static final String STATE = ".weft-demo.json";

  private final Path dir;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final JsonNode previous;

  private DemoFolder(Path dir, FileChannel lockChannel, FileLock lock, JsonNode previous) {
    this.dir = dir;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.previous = previous;
  }

  /// Takes `dir` (created if missing), or refuses with a [DemoFolderException].
  static DemoFolder open(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new DemoFolderException("cannot use " + dir + " for the demo's files: " + reason(e));
    }
    Path lockFile = dir.resolve(LOCK);
    FileChannel channel;
    try {
      channel =
          FileChannel.open(
              lockFile,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.READ);
    } catch (IOException e) {
      throw new DemoFolderException("cannot write to " + dir + ": " + reason(e));
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException | IOException e) {
      lock = null;
    }
    if (lock == null) {
      close(channel);
      throw new DemoFolderException(
          "another weft demo"
              + holder(lockFile)
              + " is using "
              + dir
              + "; stop it, or choose another folder with --out");
    }
    try {
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes()));
      for (String file : List.of("kubeconfig", "fabric.yaml")) {
        ownedOrAbsent(dir.resolve(file));
      }
    } catch (IOException | DemoFolderException e) {
      release(lock, channel);
      throw e instanceof DemoFolderException d
          ? d
          : new DemoFolderException("cannot write to " + dir + ": " + reason((IOException) e));
    }
    return new DemoFolder(dir, channel, lock, readState(dir.resolve(STATE)));
  }

  Path dir() {
    return dir;
  }

  /// The port a cluster had in the previous run, or 0.
  int previousPort(String cluster) {
    return previous.path("clusters").path(cluster).path("port").asInt(0);
  }

  /// The tokens a cluster's users had in the previous run, by user name.
  Map<String, String> previousTokens(String cluster) {
    Map<String, String> tokens = new HashMap<>();
    previous
        .path("clusters")
        .path(cluster)
        .path("tokens")
        .properties()
        .forEach(e -> tokens.put(e.getKey(), e.getValue().asString("")));
    return tokens;
  }

  /// The previous run's TLS certificate, if it is still good.
  java.util.Optional<ServingCertificate> previousCertificate() {
    JsonNode tls = previous.path("tls");
    ServingCertificate cert =
        new ServingCertificate(
            tls.path("ca").asString(""),
            tls.path("cert").asString(""),
            tls.path("key").asString(""));
    return cert.usable() ? java.util.Optional.of(cert) : java.util.Optional.empty();
  }

  /// Keeps this run's ports, tokens and certificate for the next one.
  void save(
      Map<String, Integer> ports,
      Map<String, Map<String, String>> tokens,
      ServingCertificate certificate) {
    ObjectNode state = Json.object();
    state
        .putObject("tls")
        .put("ca", certificate.caPem())
        .put("cert", certificate.certPem())
        .put("key", certificate.keyPem());
    ObjectNode clusters = state.putObject("clusters");
    ports.forEach(
        (cluster, port) -> {
          ObjectNode c = clusters.putObject(cluster).put("port", port);
          ObjectNode t = c.putObject("tokens");
          tokens.getOrDefault(cluster, Map.of()).forEach(t::put);
        });
    DemoFiles.writePrivate(dir.resolve(STATE), Json.string(state) + "\n");
  }

  @Override
  public void close() {
    release(lock, lockChannel);
    try {
      Files.deleteIfExists(dir.resolve(LOCK));
    } catch (IOException ignored) {
      // A stale lock file is harmless: locks are taken on the file, not by its presence.
    }
  }

  private static void ownedOrAbsent(Path file) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    String first;
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      first = lines.findFirst().orElse("");
    } catch (java.io.UncheckedIOException notText) {
      first = "";
    }
    if (!first.startsWith(HEADER)) {
      throw new DemoFolderException(
          file
              + " exists and was not written by weft demo; move it away, or choose another folder"
              + " with --out");
    }
  }

  private static JsonNode readState(Path file) {
    try {
      return Files.exists(file) ? Json.parse(Files.readAllBytes(file)) : Json.object();
    } catch (IOException | RuntimeException unreadable) {
      // A damaged state file only costs the previous ports and tokens.
      return Json.object();
    }
  }

  private static String holder(Path lockFile) {
    try {
      String pid = Files.readString(lockFile).trim();
      return pid.matches("\\d{1,10}") ? " (process " + pid + ")" : "";
    } catch (IOException e) {
      return "";
    }
  }

  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException
        || e instanceof java.nio.file.NotDirectoryException) {
      return "a file of that name is in the way";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    return e.getClass().getSimpleName().replace("Exception", "").toLowerCase(java.util.Locale.ROOT);
  }

  private static void release(FileLock lock, FileChannel channel) {
    try {
      lock.release();
    } catch (IOException ignored) {
      // Closing the channel below releases it too.
    }
    close(channel);
  }

  private static void close(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // Nothing to save: the lock goes with the channel.
    }
  }
}
