package dev.weft.fabric;

import dev.weft.fabric.Draft.AppDraft;
import dev.weft.fabric.Draft.RegionDraft;
import dev.weft.fabric.Draft.ZoneDraft;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/// Reads the YAML tree of a fabric file into a [Draft], reporting every problem that one value
/// shows by itself: unknown keys, missing keys, wrong types, malformed names. Checks across
/// values (references, uniqueness, cycles) are [FabricChecks]'.
final class FabricParser {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

  private final Problems problems;

  FabricParser(Problems problems) {
    this.problems = problems;
  }

  Draft parse(Fields top) {
    header(top, "apiVersion", FabricKeys.API_VERSION);
    header(top, "kind", FabricKeys.KIND);
    Text name =
        top.required("metadata", "add 'metadata:' with 'name: <fabric name>' under it")
            .flatMap(n -> Fields.of(problems, n, "metadata", FabricKeys.METADATA))
            .map(m -> label(m.requiredText("name", "add 'name: <fabric name>'"), "fabric name"))
            .orElse(null);
    Text kubeconfig = kubeconfig(top.optionalText("kubeconfig"));
    Gateway gateway =
        top.required("gateway", "add 'gateway:' with its context, namespace and route")
            .flatMap(n -> Fields.of(problems, n, "gateway", FabricKeys.GATEWAY))
            .map(this::gateway)
            .orElse(null);
    List<ZoneDraft> zones = items(top, "zones", "zone", FabricKeys.ZONE, this::zone);
    List<RegionDraft> regions = regions(top);
    List<AppDraft> apps = items(top, "apps", "app", FabricKeys.APP, this::app);
    Draft.CanaryDraft canary = new CanaryParser(problems).parse(top);
    return new Draft(name, kubeconfig, gateway, zones, regions, apps, canary);
  }

  private Text kubeconfig(Text path) {
    try {
      return path == null ? null : new Text(Path.of(path.value()).toString(), path.pos());
    } catch (InvalidPathException e) {
      problems.at(
          path.pos(),
          "kubeconfig " + Yaml.quote(path.value()) + " is not a valid path: " + e.getReason(),
          "write the path of a kubeconfig file, relative to this file's folder");
      return null;
    }
  }

  private void header(Fields top, String key, String expected) {
    Text value = top.requiredText(key, "start the file with '" + key + ": " + expected + "'");
    if (value != null && !value.value().equals(expected)) {
      problems.at(
          value.pos(),
          "'" + key + "' is " + Yaml.quote(value.value()) + ", expected '" + expected + "'",
          "write '" + key + ": " + expected + "'");
    }
  }

  private Gateway gateway(Fields g) {
    Text context = g.requiredText("context", "add 'context: <kubeconfig context>'");
    Text namespace =
        label(g.requiredText("namespace", "add 'namespace: <namespace>'"), "namespace");
    Text route = subdomain(g.requiredText("route", "add 'route: <HTTPRoute name>'"), "route name");
    return new Gateway(Draft.value(context), Draft.value(namespace), Draft.value(route));
  }

  private ZoneDraft zone(Fields z) {
    return new ZoneDraft(
        label(z.requiredText("name", "add 'name: <zone name>', e.g. name: gz-1"), "zone name"),
        z.optionalText("displayName"),
        z.optionalText("region"),
        z.requiredText("context", "add 'context: <kubeconfig context>' that reaches this zone"),
        label(z.requiredText("namespace", "add 'namespace: <where the apps run>'"), "namespace"),
        label(z.requiredText("backend", "add 'backend: <HTTPRoute backendRef name>'"), "backend"));
  }

  private AppDraft app(Fields a) {
    Text remoteAddress = a.optionalText("remoteAddress");
    if (remoteAddress != null) {
      placeholders(remoteAddress);
    }
    return new AppDraft(
        label(a.requiredText("name", "add 'name: <app name>', e.g. name: app1"), "app name"),
        subdomain(a.optionalText("deployment"), "deployment name"),
        a.textList("dependsOn", "[app2, app3]"),
        remoteAddress);
  }

  private void placeholders(Text address) {
    Matcher m = PLACEHOLDER.matcher(address.value());
    boolean zone = false;
    while (m.find()) {
      if (m.group(1).equals("zone")) {
        zone = true;
      } else {
        problems.at(
            address.pos(),
            "unknown placeholder '{" + m.group(1) + "}' in remoteAddress",
            "the only placeholder is {zone}, the name of the zone being called");
      }
    }
    if (!zone) {
      problems.at(
          address.pos(),
          "remoteAddress '" + address.value() + "' does not contain {zone}",
          "write where each zone serves this app, e.g. \"app2.{zone}.example.com\"");
    }
  }

  /// The items of the list `key`, each a mapping with `known` keys, read by `read`.
  private <T> List<T> items(
      Fields top, String key, String what, List<String> known, Function<Fields, T> read) {
    String hint = "add '" + key + ":' with one '- name: ...' item per " + what;
    List<T> list = new ArrayList<>();
    SequenceNode items =
        top.present(key, hint)
            ? top.sequence(
                    key,
                    "write one item per "
                        + what
                        + ", each line under '"
                        + key
                        + ":' starting with '- name: '")
                .orElse(null)
            : null;
    if (items == null) {
      return list;
    }
    if (items.getValue().isEmpty()) {
      problems.at(
          items,
          "'" + key + "' is empty",
          "list at least one " + what + ", each item starting with '- name: '");
    }
    for (int i = 0; i < items.getValue().size(); i++) {
      Node item = items.getValue().get(i);
      String label =
          Yaml.nameOf(item).map(n -> what + " " + Yaml.quote(n)).orElse(what + " #" + (i + 1));
      Optional<String> bare = Yaml.text(item);
      if (bare.isPresent()) {
        problems.at(
            item,
            label + " is only a name; it needs keys",
            "write it as '- name: " + bare.get() + "' and give its other keys under it");
        continue;
      }
      Fields.of(problems, item, label, known).map(read).ifPresent(list::add);
    }
    return list;
  }

  private List<RegionDraft> regions(Fields top) {
    List<RegionDraft> regions = new ArrayList<>();
    top.value("regions")
        .flatMap(n -> Fields.ofNames(problems, n, "regions", "south: [gz-1, sh-1, bj-1]"))
        .ifPresent(
            r -> {
              for (Text region : r.keys()) {
                List<Text> zones = r.textList(region.value(), "[gz-1, sh-1, bj-1]");
                if (zones != null && zones.isEmpty()) {
                  problems.at(
                      region.pos(),
                      "region " + Yaml.quote(region.value()) + " lists no zones",
                      "list its zones nearest first, e.g. [gz-1, sh-1, bj-1]");
                }
                regions.add(new RegionDraft(region, zones == null ? List.of() : zones));
              }
            });
    return regions;
  }

  private Text label(Text name, String what) {
    return checked(
        name,
        what,
        Names.labelProblem(name == null ? "" : name.value()).orElse(null),
        Names.LABEL_RULE);
  }

  private Text subdomain(Text name, String what) {
    return checked(
        name,
        what,
        Names.subdomainProblem(name == null ? "" : name.value()).orElse(null),
        Names.SUBDOMAIN_RULE);
  }

  private Text checked(Text name, String what, String problem, String rule) {
    if (name == null || problem == null) {
      return name;
    }
    String fix = Names.suggestLabel(name.value());
    problems.at(
        name.pos(),
        what + " " + Yaml.quote(name.value()) + " " + problem,
        "use " + rule + (fix.isEmpty() ? "" : ", e.g. '" + fix + "'"));
    return name; // still the name others refer to: no second error for each reference
  }
}
