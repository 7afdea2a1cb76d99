package dev.weft.ui.action;

import dev.weft.ui.ActionService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tools.jackson.databind.JsonNode;

/// The journal in the window: one line per entry (time, phase, who, what, detail), filtered by
/// the words typed, copied as text. Read from the action layer's [dev.weft.action.Journal] on
/// `background`.
///
/// Threading: FX thread only; reading runs on `background`.
public final class JournalViewModel {
  private final ActionService service;
  private final Executor background;
  private final Executor fx;
  private final StringProperty filter = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final List<String> all = new ArrayList<>();
  private final ObservableList<String> shown = FXCollections.observableArrayList();
  // Held once: a fresh wrapper per call would drop listeners when it is collected.
  private final ObservableList<String> shownView = FXCollections.unmodifiableObservableList(shown);

  JournalViewModel(ActionService service, Executor background, Executor fx) {
    this.service = service;
    this.background = background;
    this.fx = fx;
    filter.addListener((o, a, b) -> refilter());
  }

  /// Reads the journal again.
  public void load() {
    status.set(dev.weft.ui.Messages.get("journal.loading"));
    background.execute(
        () -> {
          List<String> lines = new ArrayList<>();
          String problem = "";
          try {
            for (JsonNode entry : service.journal(null)) {
              lines.add(line(entry));
            }
          } catch (RuntimeException e) {
            problem = e.getMessage() == null ? e.toString() : e.getMessage();
          }
          String why = problem;
          fx.execute(
              () -> {
                all.clear();
                all.addAll(lines.reversed());
                status.set(
                    why.isEmpty() ? dev.weft.ui.Messages.get("journal.count", lines.size()) : why);
                refilter();
              });
        });
  }

  /// `2026-12-01T14:02:11Z  applied  alice  drain gz-1 → sh-1  (op …) …`.
  static String line(JsonNode e) {
    StringBuilder b = new StringBuilder();
    for (String field : List.of("time", "phase", "who", "what", "status", "detail", "operation")) {
      JsonNode v = e.get(field);
      if (v != null && !v.isNull() && !v.asString().isEmpty()) {
        if (!b.isEmpty()) {
          b.append("  ");
        }
        b.append(field.equals("operation") ? "op " + v.asString() : v.asString());
      }
    }
    JsonNode clusters = e.get("clusters");
    if (clusters != null && clusters.isArray()) {
      for (JsonNode c : clusters) {
        b.append("  ")
            .append(c.path("cluster").asString())
            .append(": ")
            .append(c.path("result").asString().toLowerCase(Locale.ROOT));
      }
    }
    return b.toString();
  }

  private void refilter() {
    String[] words = filter.get().toLowerCase(Locale.ROOT).trim().split("\\s+");
    shown.setAll(
        all.stream()
            .filter(
                l -> {
                  String low = l.toLowerCase(Locale.ROOT);
                  for (String w : words) {
                    if (!w.isEmpty() && !low.contains(w)) {
                      return false;
                    }
                  }
                  return true;
                })
            .toList());
  }

  /// The lines shown, newest first, as text for the clipboard.
  public String text() {
    return String.join("\n", shown) + (shown.isEmpty() ? "" : "\n");
  }

  public StringProperty filterProperty() {
    return filter;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ObservableList<String> lines() {
    return shownView;
  }
}
