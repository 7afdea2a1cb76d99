package dev.weft.ui.notify;

import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.state.Transition;
import dev.weft.ui.Messages;
import dev.weft.ui.TransitionCursor;
import dev.weft.ui.TransitionWords;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Decides what the window's notifications say. Everything in trouble now (a placement down, a
/// zone stale, unreachable or forbidden, the gateway down) is one notice, updated in place as
/// more goes wrong, so a brown-out is one notice however many placements it takes down; what
/// recovers leaves it, and when nothing is left a "recovered" notice replaces it for a few
/// seconds. Reads the model's transition history, so nothing between two frames is missed.
///
/// The trouble notice folds to its title after [#UNFOLDED_FOR] without news: the lanes, cards
/// and status bar keep showing the trouble, and a notice left open over the map hid cards for as
/// long as the incident lasted. Something new going wrong unfolds it; so does the user.
///
/// Threading: FX thread only (or one test thread).
public final class NotificationsViewModel {
  static final Duration RECOVERED_FOR = Duration.ofSeconds(6);
  static final Duration UNFOLDED_FOR = Duration.ofSeconds(10);
  private static final int LISTED = 4;
  private static final java.time.format.DateTimeFormatter CLOCK =
      java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
          .withZone(java.time.ZoneId.systemDefault());
  private final BooleanProperty muted = new SimpleBooleanProperty();
  private final ObservableList<Notice> shown = FXCollections.observableArrayList();
  private final ObservableList<Notice> shownView = FXCollections.unmodifiableObservableList(shown);
  private final TransitionCursor cursor = new TransitionCursor();
  /// subject (placement id, zone, "gateway") → what is wrong with it.
  private final SequencedMap<String, Item> trouble = new LinkedHashMap<>();
  private Notice recovered;
  private Instant recoveredUntil = Instant.MIN;
  private boolean folded;
  private Instant unfoldedUntil = Instant.MIN;
  private Instant lastTick = Instant.MIN;

  private record Item(String title, String text) {}

  public NotificationsViewModel() {
    muted.addListener(
        (o, a, on) -> {
          if (on) {
            trouble.clear();
            recovered = null;
            shown.clear();
          }
        });
  }

  public void apply(FabricSnapshot snapshot) {
    List<Transition> transitions = cursor.next(snapshot);
    if (muted.get() || transitions.isEmpty()) {
      return;
    }
    List<Item> back = new ArrayList<>();
    java.util.Map<String, Item> before = new java.util.HashMap<>(trouble);
    for (Transition t : transitions) {
      switch (t) {
        case Transition.PlacementChanged p -> {
          if (p.to() == Health.DOWN) {
            trouble.put(
                p.placementId(),
                new Item(
                    Messages.get("notice.down.title", p.placementId()),
                    Messages.get("notice.down.text", p.source())));
          } else if (trouble.remove(p.placementId()) != null && p.to() == Health.HEALTHY) {
            back.add(
                new Item(
                    Messages.get("notice.recovered.title", p.placementId()),
                    Messages.get("notice.recovered.text", p.source())));
          }
        }
        case Transition.ConnectionChanged c -> {
          String name = c.source();
          if (!c.recovered()) {
            trouble.put("zone:" + name, connectionTrouble(c));
          } else if (trouble.remove("zone:" + name) != null) {
            back.add(
                new Item(
                    Messages.get("notice.live.title", name),
                    Messages.get("notice.live.text", name, TransitionWords.word(c.from()))));
          }
        }
        case Transition.GatewayChanged g -> {
          if (g.to() == Health.DOWN) {
            trouble.put(
                Transition.GATEWAY,
                new Item(
                    Messages.get("notice.gateway.title", TransitionWords.word(g.to())),
                    g.reason()));
          } else if (trouble.remove(Transition.GATEWAY) != null) {
            back.add(
                new Item(Messages.get("notice.gateway.title", TransitionWords.word(g.to())), ""));
          }
        }
      }
    }
    if (news(before)) {
      folded = false;
      unfoldedUntil = snapshot.at().plus(UNFOLDED_FOR);
    }
    if (trouble.isEmpty() && !back.isEmpty()) {
      recovered = notice(Notice.Kind.RECOVERED, back, "notice.recovered.many");
      recoveredUntil = snapshot.at().plus(RECOVERED_FOR);
    } else if (!trouble.isEmpty()) {
      recovered = null;
    }
    publish();
  }

  /// Whether something went wrong that was not wrong, or not so, `before`.
  private boolean news(java.util.Map<String, Item> before) {
    for (var e : trouble.entrySet()) {
      if (!e.getValue().equals(before.get(e.getKey()))) {
        return true;
      }
    }
    return false;
  }

  /// Lets a "recovered" notice go, and folds the trouble notice, once their time is up; call
  /// about once a second.
  public void tick(Instant now) {
    lastTick = now;
    boolean changed = false;
    if (recovered != null && !now.isBefore(recoveredUntil)) {
      recovered = null;
      changed = true;
    }
    if (!folded && !trouble.isEmpty() && !now.isBefore(unfoldedUntil)) {
      folded = true;
      changed = true;
    }
    if (changed) {
      publish();
    }
  }

  /// The user opened the folded trouble notice: shown in full for [#UNFOLDED_FOR] again.
  public void unfold() {
    if (folded) {
      folded = false;
      unfoldedUntil = lastTick.plus(UNFOLDED_FOR);
      publish();
    }
  }

  /// The user closed `notice`: a trouble notice stays closed until something new goes wrong.
  public void dismiss(Notice notice) {
    if (notice.kind() == Notice.Kind.DOWN) {
      trouble.clear();
    } else {
      recovered = null;
    }
    publish();
  }

  private Item connectionTrouble(Transition.ConnectionChanged c) {
    String name = c.source();
    String phase = TransitionWords.word(c.to());
    if (c.to() == dev.weft.state.ConnectionPhase.STALE) {
      return new Item(
          Messages.get("notice.stale.title", name),
          Messages.get("notice.stale.text", name, CLOCK.format(c.at()), c.reason()));
    }
    return new Item(Messages.get("notice.phase.title", name, phase), c.reason());
  }

  private void publish() {
    List<Notice> next = new ArrayList<>();
    if (!trouble.isEmpty()) {
      Notice all = notice(Notice.Kind.DOWN, List.copyOf(trouble.values()), "notice.trouble.many");
      next.add(folded ? new Notice(all.kind(), all.title(), all.text(), true) : all);
    }
    if (recovered != null) {
      next.add(recovered);
    }
    if (!next.equals(shown)) {
      shown.setAll(next);
    }
  }

  private static Notice notice(Notice.Kind kind, List<Item> items, String manyKey) {
    if (items.size() == 1) {
      return new Notice(kind, items.getFirst().title(), items.getFirst().text());
    }
    List<String> titles = items.stream().limit(LISTED).map(Item::title).toList();
    return new Notice(
        kind,
        Messages.get(manyKey, items.size()),
        String.join("\n", titles) + (items.size() > LISTED ? "\n\u2026" : ""));
  }

  /// The notices to show now, trouble first; at most two.
  public ObservableList<Notice> shown() {
    return shownView;
  }

  public BooleanProperty mutedProperty() {
    return muted;
  }
}
