package dev.weft.ui;

import dev.weft.action.ActionListener;
import dev.weft.action.ActionRequest;
import dev.weft.action.Actions;
import dev.weft.action.Confirmation;
import dev.weft.action.InForce;
import dev.weft.action.Incomplete;
import dev.weft.action.Outcome;
import dev.weft.action.Plan;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/// The window's seam to the action layer: what the view models ask of [Actions], so that tests
/// can hand them a fake. Every method blocks on the network.
///
/// Threading: call on a background thread, never the FX thread.
public interface ActionService extends AutoCloseable {
  /// No fabric open, or one that cannot act (a sample): every plan fails with a message.
  ActionService NONE =
      new ActionService() {
        @Override
        public Plan plan(ActionRequest request, String reason) {
          throw new IllegalStateException("no fabric open that Weft can act on");
        }

        @Override
        public Outcome run(Plan plan, Confirmation confirmation, ActionListener listener) {
          throw new IllegalStateException("no fabric open that Weft can act on");
        }
      };

  Plan plan(ActionRequest request, String reason);

  Outcome run(Plan plan, Confirmation confirmation, ActionListener listener);

  default List<InForce> inForce() {
    return List.of();
  }

  /// Operations a Weft started and never ended (their records say so), to finish or roll back.
  default List<Incomplete> incomplete() {
    return List.of();
  }

  /// Journal entries written at or after `since` (`null`: all), oldest first.
  default List<JsonNode> journal(Instant since) {
    return List.of();
  }

  @Override
  default void close() {}

  /// The real thing, on `actions` (closed with this service).
  static ActionService of(Actions actions) {
    return new ActionService() {
      @Override
      public Plan plan(ActionRequest request, String reason) {
        return actions.plan(request, reason);
      }

      @Override
      public Outcome run(Plan plan, Confirmation confirmation, ActionListener listener) {
        return actions.run(plan, confirmation, listener);
      }

      @Override
      public List<InForce> inForce() {
        return actions.inForce();
      }

      @Override
      public List<Incomplete> incomplete() {
        return actions.incomplete();
      }

      @Override
      public List<JsonNode> journal(Instant since) {
        return actions.journal().read(since);
      }

      @Override
      public void close() {
        actions.close();
      }
    };
  }
}
