package dev.weft.cluster;

import dev.weft.fabric.Fabric;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// The kubeconfig files Weft reads contexts from, in the order kubectl merges them (the first
/// file that names a context, cluster or user wins). Immutable.
///
/// @param files the files; missing files are skipped when reading, as kubectl does
public record KubeconfigSource(List<Path> files) {
  public KubeconfigSource {
    files = List.copyOf(files);
  }

  public static KubeconfigSource of(Path... files) {
    return new KubeconfigSource(List.of(files));
  }

  /// The kubeconfig a fabric names, else the user's own.
  public static KubeconfigSource forFabric(Fabric fabric) {
    return fabric
        .kubeconfig()
        .map(KubeconfigSource::of)
        .orElseGet(KubeconfigSource::fromEnvironment);
  }

  /// The user's own kubeconfig: every file in `KUBECONFIG` (path-separator list), else
  /// `~/.kube/config`.
  public static KubeconfigSource fromEnvironment() {
    return fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  static KubeconfigSource fromEnvironment(Map<String, String> env, Path home) {
    String value = env.get("KUBECONFIG");
    if (value == null || value.isBlank()) {
      return of(home.resolve(".kube").resolve("config"));
    }
    List<Path> files = new ArrayList<>();
    for (String part : value.split(File.pathSeparator)) {
      if (!part.isBlank()) {
        files.add(Path.of(part));
      }
    }
    return new KubeconfigSource(files);
  }

  @Override
  public String toString() {
    return String.join(File.pathSeparator, files.stream().map(Path::toString).toList());
  }
}
