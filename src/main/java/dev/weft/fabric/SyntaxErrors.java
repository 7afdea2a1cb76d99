package dev.weft.fabric;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/// Words SnakeYAML's syntax errors for users: where, what, and a likely fix. A tab is the most
/// common cause, so every tab used for indentation is reported, not only the first.
final class SyntaxErrors {
  private final Problems problems;
  private final String[] lines;

  SyntaxErrors(Problems problems, String text) {
    this.problems = problems;
    this.lines = text.split("\r\n|\r|\n", -1);
  }

  void report(MarkedYamlEngineException e) {
    Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
    Pos pos = Pos.of(mark);
    if (isTab(pos) || String.valueOf(e.getProblem()).contains("(TAB)")) {
      tabs(pos);
      return;
    }
    String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
    // SnakeYAML says "(Do not use @ for indentation)" of any character that cannot start a token
    problem = problem.replaceAll(" \\(Do not use .* for indentation\\)$", "");
    String context =
        e.getContext() == null || e.getContext().isEmpty() || e.getContextMark().isEmpty()
            ? ""
            : " ("
                + e.getContext()
                + " that starts on line "
                + Pos.of(e.getContextMark()).line()
                + ")";
    problems.at(pos, "not valid YAML: " + problem + context, hint(problem, e.getContext()));
  }

  private void tabs(Pos first) {
    problems.at(first, "a tab character; YAML allows only spaces here", tabHint());
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      for (int c = 0; c < line.length() && (line.charAt(c) == ' ' || line.charAt(c) == '\t'); c++) {
        Pos pos = new Pos(i + 1, line.codePointCount(0, c) + 1);
        if (line.charAt(c) == '\t' && !pos.equals(first)) {
          problems.at(pos, "a tab character in the indentation", tabHint());
        }
      }
    }
  }

  private static String tabHint() {
    return "indent with spaces (two per level); set your editor to insert spaces in YAML files";
  }

  private boolean isTab(Pos pos) {
    if (pos.line() < 1 || pos.line() > lines.length) {
      return false;
    }
    String line = lines[pos.line() - 1];
    int index = pos.column() - 1;
    return index < line.codePointCount(0, line.length())
        && line.codePointAt(line.offsetByCodePoints(0, index)) == '\t';
  }

  private static String hint(String problem, String context) {
    String all = problem + " " + context;
    if (all.contains("cannot start any token")) {
      return "a value cannot start with @, `, %, | or > here; put the value in quotes";
    }
    if (all.contains("mapping values are not allowed")) {
      return "put a value holding ': ' in quotes, or check this line's indentation against the"
          + " line above";
    }
    if (all.contains("could not find expected ':'") || all.contains("expected <block end>")) {
      return "check the indentation: keys of one mapping line up, list items start with '- '";
    }
    if (all.contains("quoted scalar")) {
      return "close the quote opened on the line named, or escape the quote inside the text";
    }
    if (all.contains("flow sequence") || all.contains("flow mapping")) {
      return "close the [ ] or { } and separate its items with ', '";
    }
    if (all.contains("alias")) {
      return "define the anchor (&name) before using it (*name)";
    }
    return "check the quoting and indentation at this point";
  }

  /// The line and column of the code point at `index` in `text`.
  static Pos posOfCodePoint(String text, int index) {
    int line = 1;
    int column = 1;
    int seen = 0;
    for (int i = 0;
        i < text.length() && seen < index;
        i += Character.charCount(text.codePointAt(i))) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      seen++;
    }
    return new Pos(line, column);
  }
}
