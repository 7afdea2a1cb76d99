package dev.weft.fabric;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/// Turns the text of a fabric file into one YAML node tree with positions (SnakeYAML Engine,
/// YAML 1.2 core schema), or reports why it cannot: empty, not YAML, tabs, several documents,
/// or built to hang or crash the reader ([BoundedEvents]). Every fabric read passes here.
final class YamlLoader {
  private final Problems problems;

  YamlLoader(Problems problems) {
    this.problems = problems;
  }

  Optional<Node> load(String text) {
    if (text.isBlank()) {
      problems.at(new Pos(1, 1), "the file is empty", startHint());
      return Optional.empty();
    }
    LoadSettings settings =
        LoadSettings.builder()
            .setSchema(new CoreSchema())
            .setMaxAliasesForCollections(50)
            // non-scalar keys are reported by Fields, with their position
            .setAllowNonScalarKeys(true)
            .build();
    List<Node> documents = new ArrayList<>();
    try {
      var events = new BoundedEvents(new ParserImpl(settings, new StreamReader(settings, text)));
      new Composer(settings, events).forEachRemaining(documents::add);
    } catch (BoundedEvents.Refused e) {
      problems.at(e.pos, e.getMessage(), e.hint);
      return Optional.empty();
    } catch (MarkedYamlEngineException e) {
      new SyntaxErrors(problems, text).report(e);
      return Optional.empty();
    } catch (ReaderException e) {
      problems.at(
          SyntaxErrors.posOfCodePoint(text, e.getPosition()),
          "character U+%04X is not allowed in YAML".formatted(e.getCodePoint()),
          "is this a text file? Remove the character, or write it in a quoted \"\\u....\" escape");
      return Optional.empty();
    } catch (YamlEngineException e) {
      problems.file("not valid YAML: " + e.getMessage(), "check the file is a YAML fabric file");
      return Optional.empty();
    }
    if (documents.isEmpty()) {
      problems.at(new Pos(1, 1), "the file holds only comments", startHint());
      return Optional.empty();
    }
    for (Node extra : documents.subList(1, documents.size())) {
      problems.at(
          extra,
          "a second YAML document; a fabric file holds one",
          "remove the '---' line and what follows it, or move that into its own file");
    }
    return Optional.of(documents.getFirst());
  }

  static String startHint() {
    return "a fabric file starts with 'apiVersion: "
        + FabricKeys.API_VERSION
        + "' and 'kind: "
        + FabricKeys.KIND
        + "'; see resources/fabrics/health.yaml";
  }
}
