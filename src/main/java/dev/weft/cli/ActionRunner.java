package dev.weft.cli;

import dev.weft.action.ActionListener;
import dev.weft.action.ActionOptions;
import dev.weft.action.ActionRequest;
import dev.weft.action.Actions;
import dev.weft.action.Check;
import dev.weft.action.ClusterPreview;
import dev.weft.action.ClusterResult;
import dev.weft.action.Confirmation;
import dev.weft.action.FieldChange;
import dev.weft.action.ObjectDiff;
import dev.weft.action.Outcome;
import dev.weft.action.Permission;
import dev.weft.action.Phase;
import dev.weft.action.Plan;
import dev.weft.action.Step;
import dev.weft.action.StepState;
import dev.weft.cluster.KubeconfigSource;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.FabricError;
import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/// Runs one action from the command line: read the fabric, plan, print the preview and the
/// checks, ask (on a terminal) or take `--yes`, run, print the result per cluster. The same
/// planner, checks and journal as the window. Blocks the calling thread.
final class ActionRunner {
  private final PrintWriter out;
  private final PrintWriter err;
  private final ActionFlags flags;

  ActionRunner(PrintWriter out, PrintWriter err, ActionFlags flags) {
    this.out = out;
    this.err = err;
    this.flags = flags;
  }

  /// Reads the fabric file; prints its errors and returns `null` when it cannot be used.
  static Fabric fabric(Path file, PrintWriter err) {
    return switch (new FabricReader().read(file)) {
      case FabricReadResult.Invalid invalid -> {
        invalid.errors().stream().map(FabricError::format).forEach(err::println);
        yield null;
      }
      case FabricReadResult.Valid valid -> valid.fabric();
    };
  }

  static Actions open(Fabric fabric, Path journal) {
    ActionOptions options = ActionOptions.defaults();
    return Actions.open(
        fabric,
        KubeconfigSource.forFabric(fabric),
        journal == null ? options : options.withJournal(journal));
  }

  /// Plans and runs the request `requestFor` makes; returns the exit code.
  int run(Path file, Function<Actions, ActionRequest> requestFor) {
    Fabric fabric = fabric(file, err);
    if (fabric == null) {
      return ExitCodes.USAGE;
    }
    try (Actions actions = open(fabric, flags.journal)) {
      ActionRequest request = requestFor.apply(actions);
      Plan plan = actions.plan(request, flags.reason);
      if (!flags.json) {
        out.print(plan.text());
        out.flush();
      }
      if (flags.dryRun) {
        Outcome outcome = actions.dryRun(plan, ActionListener.NONE);
        print(plan, outcome);
        return outcome.succeeded() ? ExitCodes.OK : ExitCodes.NOT_OK;
      }
      Set<String> typed = new HashSet<>(flags.confirm);
      if (plan.feasible() && !flags.yes) {
        Console console = System.console();
        if (console == null) {
          err.println("weft: not on a terminal: add --yes to go ahead (nothing changed)");
          print(plan, null);
          return ExitCodes.NOT_OK;
        }
        for (String word : plan.confirmWords()) {
          if (!typed.contains(word)) {
            String answer = console.readLine("Type '%s' to go ahead anyway: ", word);
            if (answer != null && answer.strip().equals(word)) {
              typed.add(word);
            }
          }
        }
        String answer = console.readLine("Go ahead? [y/N] ");
        if (answer == null
            || !answer.strip().equalsIgnoreCase("y") && !answer.strip().equalsIgnoreCase("yes")) {
          err.println("weft: cancelled; nothing changed");
          return ExitCodes.NOT_OK;
        }
      }
      Outcome outcome = actions.run(plan, new Confirmation(typed), progress());
      print(plan, outcome);
      return outcome.status() == Outcome.Status.DONE ? ExitCodes.OK : ExitCodes.NOT_OK;
    }
  }

  private ActionListener progress() {
    if (flags.json) {
      return ActionListener.NONE;
    }
    return new ActionListener() {
      @Override
      public void phase(Phase phase, String detail) {
        if (phase != Phase.DONE) {
          err.println("… " + phase.name().toLowerCase().replace('_', ' ') + ": " + detail);
          err.flush();
        }
      }

      @Override
      public void step(Step step, StepState state, String detail) {
        err.println(
            "  "
                + step.target().describe()
                + ": "
                + state.name().toLowerCase().replace('_', ' ')
                + (detail.isEmpty() ? "" : " (" + detail + ")"));
        err.flush();
      }
    };
  }

  private void print(Plan plan, Outcome outcome) {
    if (flags.json) {
      out.println(
          JsonMapper.shared()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(json(plan, outcome)));
    } else if (outcome != null) {
      outcome.dryRun().forEach(v -> out.println("dry run: " + v));
      out.println(outcome.message());
      outcome.clusters().forEach(c -> out.println("  " + c.describe()));
    }
    out.flush();
  }

  static ObjectNode json(Plan plan, Outcome outcome) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root =
        f.objectNode()
            .put("operation", plan.operationId())
            .put("request", plan.request().describe())
            .put("by", plan.user());
    ArrayNode preview = root.putArray("preview");
    for (ClusterPreview p : plan.preview()) {
      for (ObjectDiff o : p.objects()) {
        ObjectNode obj =
            preview
                .addObject()
                .put("cluster", p.cluster())
                .put("kind", o.target().kind())
                .put("namespace", o.target().namespace())
                .put("name", o.target().name())
                .put("summary", o.summary());
        ArrayNode changes = obj.putArray("changes");
        for (FieldChange c : o.changes()) {
          changes
              .addObject()
              .put("field", c.label())
              .put("path", c.path())
              .put("before", c.before())
              .put("after", c.after());
        }
      }
    }
    ArrayNode checks = root.putArray("checks");
    for (Check c : plan.checks()) {
      checks
          .addObject()
          .put("kind", c.kind().name())
          .put("severity", c.severity().name())
          .put("message", c.message())
          .put("confirmWord", c.confirmWord());
    }
    ArrayNode permissions = root.putArray("permissions");
    for (Permission p : plan.permissions()) {
      permissions
          .addObject()
          .put("cluster", p.cluster())
          .put("user", p.user())
          .put("verb", p.verb())
          .put("resource", p.resource())
          .put("namespace", p.namespace())
          .put("name", p.name())
          .put("verdict", p.verdict().name())
          .put("reason", p.reason());
    }
    if (outcome == null) {
      root.put("status", "NOT_CONFIRMED");
      ArrayNode blockers = root.putArray("blockers");
      plan.blockers(Confirmation.plain()).forEach(blockers::add);
      return root;
    }
    root.put("status", outcome.status().name()).put("message", outcome.message());
    ArrayNode dry = root.putArray("dryRun");
    outcome.dryRun().forEach(dry::add);
    ArrayNode clusters = root.putArray("clusters");
    for (ClusterResult c : outcome.clusters()) {
      clusters
          .addObject()
          .put("cluster", c.cluster())
          .put("result", c.result().name())
          .put("reason", c.reason());
    }
    return root;
  }
}
