package dev.weft.ui.action;

import dev.weft.action.Check;
import dev.weft.action.ClusterPreview;
import dev.weft.action.ClusterResult;
import dev.weft.action.FieldChange;
import dev.weft.action.ObjectDiff;
import dev.weft.action.Permission;
import dev.weft.ui.Messages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/// The preview dialog's content: per cluster each object's fields before → after, the checks'
/// verdicts, the permissions, the typed confirmation when the plan needs words, why Enter does
/// nothing yet; then the progress per step and the result per cluster. Enter confirms (or
/// closes the result), Esc cancels. Binds only.
///
/// Threading: FX thread only.
public final class PreviewView extends BorderPane {
  private final PreviewViewModel vm;
  private final VBox progress = new VBox(3);
  private final VBox results = new VBox(3);

  public PreviewView(PreviewViewModel vm) {
    this.vm = vm;
    setId("preview");
    getStyleClass().add("action-dialog");
    Label title = new Label(Messages.get("preview.title", vm.title()));
    title.getStyleClass().add("dialog-title");
    Label sub =
        new Label(Messages.get("preview.operation", vm.plan().operationId(), vm.plan().user()));
    sub.getStyleClass().add("dialog-sub");
    setTop(new VBox(2, title, sub));

    VBox body = new VBox(10);
    body.getStyleClass().add("preview-body");
    for (ClusterPreview cluster : vm.plan().preview()) {
      body.getChildren().add(cluster(cluster));
    }
    if (vm.plan().preview().isEmpty()) {
      body.getChildren().add(new Label(Messages.get("preview.nothing")));
    }
    body.getChildren().add(section("preview.checks", checks(vm.plan().checks())));
    body.getChildren().add(section("preview.permissions", permissions(vm.plan().permissions())));
    body.getChildren().add(confirmation());
    body.getChildren().add(blockers());
    body.getChildren().add(section("preview.progress", progress));
    body.getChildren().add(section("preview.result", results));
    ScrollPane scroll = new ScrollPane(body);
    scroll.setFitToWidth(true);
    setCenter(scroll);
    setBottom(buttons());

    vm.steps().addListener((ListChangeListener<PreviewViewModel.StepRow>) c -> drawSteps());
    vm.results().addListener((ListChangeListener<ClusterResult>) c -> drawResults());
    progress
        .getParent()
        .visibleProperty()
        .bind(vm.stageProperty().isNotEqualTo(PreviewViewModel.Stage.PREVIEW));
    progress.getParent().managedProperty().bind(progress.getParent().visibleProperty());
    results.getParent().visibleProperty().bind(Bindings.isNotEmpty(vm.results()));
    results.getParent().managedProperty().bind(results.getParent().visibleProperty());
    drawSteps();
    addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            vm.confirm();
            e.consume();
          } else if (e.getCode() == KeyCode.ESCAPE) {
            vm.cancel();
            e.consume();
          }
        });
  }

  private static Node cluster(ClusterPreview cluster) {
    VBox box = new VBox(2);
    box.getStyleClass().add("preview-cluster");
    Label name = new Label(cluster.cluster());
    name.getStyleClass().add("preview-cluster-name");
    box.getChildren().add(name);
    for (ObjectDiff o : cluster.objects()) {
      Label object =
          new Label(
              o.target().kind()
                  + " "
                  + o.target().namespace()
                  + "/"
                  + o.target().name()
                  + "  \u00b7  "
                  + o.summary());
      object.getStyleClass().add("preview-object");
      box.getChildren().add(object);
      for (FieldChange c : o.changes()) {
        Label field = new Label(c.label());
        field.getStyleClass().add("preview-field");
        Label before = new Label(c.before() == null ? "(none)" : c.before());
        before.getStyleClass().add("preview-before");
        Label after = new Label(c.after() == null ? "(none)" : c.after());
        after.getStyleClass().add("preview-after");
        HBox line = new HBox(6, field, before, new Label("\u2192"), after);
        line.getStyleClass().add("preview-change");
        line.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(line);
      }
    }
    return box;
  }

  private static Node checks(List<Check> checks) {
    VBox box = new VBox(3);
    for (Check c : checks) {
      String glyph =
          switch (c.severity()) {
            case NOTE -> "\u2139";
            case WARNING -> "\u26a0";
            case NEEDS_CONFIRMATION -> "\u270e";
            case REFUSED -> "\u26d4";
          };
      Label l = new Label(glyph + "  " + c.message());
      l.setWrapText(true);
      l.getStyleClass().addAll("check", "check-" + c.severity().name().toLowerCase());
      box.getChildren().add(l);
    }
    return box;
  }

  private static Node permissions(List<Permission> permissions) {
    VBox box = new VBox(3);
    for (Permission p : permissions) {
      String glyph =
          switch (p.verdict()) {
            case ALLOWED -> "\u2714";
            case DENIED -> "\u2716";
            case UNKNOWN -> "?";
          };
      Label l = new Label(glyph + "  " + p.describe());
      l.setWrapText(true);
      l.getStyleClass().addAll("permission", "permission-" + p.verdict().name().toLowerCase());
      box.getChildren().add(l);
    }
    return box;
  }

  private Node confirmation() {
    List<String> words = vm.plan().confirmWords();
    VBox box = new VBox(4);
    if (!words.isEmpty()) {
      Label prompt = new Label(Messages.get("preview.confirmPrompt", String.join(" ", words)));
      prompt.getStyleClass().add("confirm-prompt");
      TextField typed = new TextField();
      typed.setId("preview-typed");
      typed.textProperty().bindBidirectional(vm.typedProperty());
      box.getChildren().addAll(prompt, typed);
    }
    return box;
  }

  private Node blockers() {
    Label l = new Label();
    l.setId("preview-blockers");
    l.getStyleClass().add("preview-blockers");
    l.setWrapText(true);
    l.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.blockersProperty().get().isEmpty()
                        ? ""
                        : Messages.get("preview.blocked")
                            + "\n\u2022 "
                            + String.join("\n\u2022 ", vm.blockersProperty().get()),
                vm.blockersProperty()));
    l.visibleProperty()
        .bind(
            Bindings.createBooleanBinding(
                () ->
                    vm.stageProperty().get() == PreviewViewModel.Stage.PREVIEW
                        && !vm.blockersProperty().get().isEmpty(),
                vm.stageProperty(),
                vm.blockersProperty()));
    l.managedProperty().bind(l.visibleProperty());
    return l;
  }

  private static Node section(String key, Node content) {
    Label heading = new Label(Messages.get(key));
    heading.getStyleClass().add("panel-title");
    return new VBox(4, heading, content);
  }

  private Node buttons() {
    Label phase = new Label();
    phase.setId("preview-progress");
    phase
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.stageProperty().get() == PreviewViewModel.Stage.FINISHED
                        ? vm.messageProperty().get()
                        : vm.progressProperty().get(),
                vm.stageProperty(),
                vm.progressProperty(),
                vm.messageProperty()));
    phase.setWrapText(true);
    Button cancel = new Button(Messages.get("preview.cancel"));
    cancel.setId("preview-cancel");
    cancel.setOnAction(e -> vm.cancel());
    cancel.visibleProperty().bind(vm.stageProperty().isEqualTo(PreviewViewModel.Stage.PREVIEW));
    cancel.managedProperty().bind(cancel.visibleProperty());
    Button confirm = new Button();
    confirm.setId("preview-confirm");
    confirm.getStyleClass().add("confirm-button");
    confirm
        .textProperty()
        .bind(
            Bindings.when(vm.stageProperty().isEqualTo(PreviewViewModel.Stage.FINISHED))
                .then(Messages.get("preview.close"))
                .otherwise(Messages.get("preview.confirm")));
    confirm
        .disableProperty()
        .bind(
            vm.confirmableProperty()
                .not()
                .and(vm.stageProperty().isNotEqualTo(PreviewViewModel.Stage.FINISHED)));
    confirm.setOnAction(e -> vm.confirm());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox bar = new HBox(8, phase, grow, cancel, confirm);
    bar.getStyleClass().add("dialog-buttons");
    bar.setAlignment(Pos.CENTER_RIGHT);
    return bar;
  }

  private void drawSteps() {
    progress.getChildren().clear();
    for (PreviewViewModel.StepRow row : vm.steps()) {
      Label l =
          new Label(
              glyph(row)
                  + "  "
                  + row.step().target().cluster()
                  + ": "
                  + row.step().summary()
                  + " \u2014 "
                  + row.state().name().toLowerCase().replace('_', ' ')
                  + (row.detail().isEmpty() ? "" : " (" + row.detail() + ")"));
      l.setWrapText(true);
      l.getStyleClass().addAll("step", "step-" + row.state().name().toLowerCase());
      progress.getChildren().add(l);
    }
  }

  private static String glyph(PreviewViewModel.StepRow row) {
    return switch (row.state()) {
      case PENDING -> "\u25cb";
      case DRY_RUN_OK -> "\u25d1";
      case APPLIED, VERIFIED, ALREADY_DONE -> "\u2714";
      case UNDONE -> "\u21b6";
      case FAILED -> "\u2716";
      case UNKNOWN -> "?";
    };
  }

  private void drawResults() {
    results.getChildren().clear();
    for (ClusterResult r : vm.results()) {
      Label l = new Label(r.describe());
      l.setId("result-" + r.cluster());
      l.setWrapText(true);
      l.getStyleClass().addAll("cluster-result", "result-" + r.result().name().toLowerCase());
      results.getChildren().add(l);
    }
  }
}
