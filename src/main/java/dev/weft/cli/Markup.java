package dev.weft.cli;

/// Writes a report as HTML (one line per element, escaped) whose text lines double as
/// Markdown: every line that does not start with `<` is Markdown. Not thread-safe.
final class Markup {
  private final StringBuilder out = new StringBuilder();
  private final boolean html;

  Markup(boolean html) {
    this.html = html;
  }

  void title(String text) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(escape(text))
        .append("</title>\n<style>body{font:14px system-ui,sans-serif;max-width:1280px;margin:2em")
        .append(" auto;color:#222}img{max-width:100%;border:1px solid #ccc}li{margin:.2em 0}")
        .append("</style></head><body>\n")
        .append("<h1>\n# ")
        .append(escape(text))
        .append("\n</h1>\n");
  }

  void heading(String text) {
    out.append("<h2>\n\n## ").append(escape(text)).append("\n</h2>\n");
  }

  void subheading(String text) {
    out.append("<h3>\n\n### ").append(escape(text)).append("\n</h3>\n");
  }

  void para(String text) {
    out.append("<p>\n").append(escape(text)).append("\n</p>\n");
  }

  void list(Iterable<String> items) {
    out.append("<ul>\n");
    for (String item : items) {
      out.append("<li>\n- ").append(escape(item)).append("\n</li>\n");
    }
    out.append("</ul>\n");
  }

  void image(String base64Png, String alt) {
    out.append("<img alt=\"")
        .append(escape(alt))
        .append("\" src=\"data:image/png;base64,")
        .append(base64Png)
        .append("\">\n");
  }

  String done() {
    return out.append("</body></html>\n").toString();
  }

  /// Escapes what HTML would read as markup; Markdown readers show the entities as characters.
  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
