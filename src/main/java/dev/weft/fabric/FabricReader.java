package dev.weft.fabric;

import dev.weft.fabric.Draft.AppDraft;
import dev.weft.fabric.Draft.ZoneDraft;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/// Reads and validates fabric files. Thread-safe (holds no state); reads block on file I/O.
///
/// A file is read whole (at most 1 MiB), parsed as YAML 1.2 with positions, read against the
/// known keys, then checked across values. Every problem found is reported, in file order.
public final class FabricReader {
  /// Reads `file`. A user's mistake never throws: it comes back as
  /// [FabricReadResult.Invalid], every error with file, line and column.
  public FabricReadResult read(Path file) {
    Problems problems = new Problems(file);
    return FabricFiles.read(file, problems)
        .map(text -> read(file, text))
        .orElseGet(() -> new FabricReadResult.Invalid(problems.sorted(), unreadable(problems)));
  }

  /// A file that could not be read at all has only whole-file problems; text that was read and
  /// found wrong (not UTF-8) has positions.
  private static boolean unreadable(Problems problems) {
    return problems.sorted().stream().allMatch(e -> e.line() == 0);
  }

  /// Reads fabric text as if it came from `file` (which need not exist).
  public FabricReadResult read(Path file, String text) {
    Problems problems = new Problems(file);
    Optional<Node> root = new YamlLoader(problems).load(text);
    Draft draft = null;
    if (root.isPresent() && !(root.get() instanceof MappingNode)) {
      problems.at(
          root.get(),
          "not a fabric file: expected a mapping of keys (apiVersion, kind, metadata, ...), found "
              + Yaml.describe(root.get()),
          YamlLoader.startHint());
    } else if (root.isPresent()) {
      draft =
          Fields.of(problems, root.get(), "the fabric file", FabricKeys.TOP)
              .map(top -> new FabricParser(problems).parse(top))
              .orElseThrow();
      new FabricChecks(problems).check(draft);
    }
    return problems.isEmpty()
        ? new FabricReadResult.Valid(build(file, draft))
        : new FabricReadResult.Invalid(problems.sorted());
  }

  private static Fabric build(Path file, Draft d) {
    List<Zone> zones = d.zones().stream().map(FabricReader::zone).toList();
    Map<String, List<String>> regions = new LinkedHashMap<>();
    d.regions().forEach(r -> regions.put(r.name().value(), values(r.zones())));
    List<App> apps = d.apps().stream().map(FabricReader::app).toList();
    List<String> order =
        d.canary().order() == null
            ? zones.stream().map(Zone::name).toList()
            : values(d.canary().order());
    return new Fabric(
        file,
        d.name().value(),
        Optional.ofNullable(d.kubeconfig()).map(k -> resolve(file, k.value())),
        d.gateway(),
        zones,
        regions,
        apps,
        new Canary(order, d.canary().gates()));
  }

  private static Zone zone(ZoneDraft z) {
    String name = z.name().value();
    return new Zone(
        name,
        z.displayName() == null ? name : z.displayName().value(),
        Draft.value(z.region()),
        z.context().value(),
        z.namespace().value(),
        z.backend().value());
  }

  private static App app(AppDraft a) {
    String name = a.name().value();
    return new App(
        name,
        a.deployment() == null ? name : a.deployment().value(),
        a.dependsOn() == null ? List.of() : values(a.dependsOn()),
        Draft.value(a.remoteAddress()));
  }

  private static List<String> values(List<Text> texts) {
    return texts.stream().map(Text::value).toList();
  }

  /// `~/…` is the user's home; a relative path starts at the fabric file's folder.
  static Path resolve(Path fabricFile, String path) {
    Path p =
        path.equals("~") || path.startsWith("~/")
            ? Path.of(System.getProperty("user.home"))
                .resolve(path.substring(Math.min(2, path.length())))
            : Path.of(path);
    Path folder = fabricFile.toAbsolutePath().normalize().getParent();
    return (folder == null ? p : folder.resolve(p)).normalize();
  }
}
