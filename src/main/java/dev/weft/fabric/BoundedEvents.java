package dev.weft.fabric;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.parser.Parser;

/// The YAML events of a fabric file, checked before SnakeYAML's composer sees them, so that a
/// hostile file becomes one problem with its position instead of a hang or a crash:
/// - nesting past [#MAX_DEPTH] (the composer recurses once per level: `StackOverflowError`);
/// - an alias inside the value of its own anchor (`gateway: &g` … `<<: *g`: the composer's merge
///   spins forever; Kubernetes' YAML reader refuses such an anchor too);
/// - more than [#MAX_COLLECTION_ALIASES] aliases of lists and mappings (a "billion laughs").
///
/// Not thread-safe: one per read.
final class BoundedEvents implements Parser {
  /// A fabric file needs five or six levels; 64 leaves room and stays far from the stack's end.
  static final int MAX_DEPTH = 64;

  /// A fabric file needs few aliases, if any; SnakeYAML's own limit stays as a second guard.
  static final int MAX_COLLECTION_ALIASES = 50;

  /// Why the events stop: where, what and how to fix it.
  static final class Refused extends RuntimeException {
    final Pos pos;
    final String hint;

    Refused(Pos pos, String message, String hint) {
      super(message, null, false, false);
      this.pos = pos;
      this.hint = hint;
    }
  }

  private record Open(Optional<Anchor> anchor, Pos pos) {}

  private final Parser events;
  private final Deque<Open> open = new ArrayDeque<>();
  private final Map<Anchor, Boolean> anchorIsCollection = new HashMap<>();
  private int collectionAliases;

  BoundedEvents(Parser events) {
    this.events = events;
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    return events.checkEvent(choice);
  }

  @Override
  public Event peekEvent() {
    return events.peekEvent();
  }

  @Override
  public boolean hasNext() {
    return events.hasNext();
  }

  @Override
  public Event next() {
    Event event = events.next();
    switch (event.getEventId()) {
      case SequenceStart, MappingStart -> opened((NodeEvent) event);
      case SequenceEnd, MappingEnd -> open.pop();
      case Scalar ->
          ((NodeEvent) event).getAnchor().ifPresent(a -> anchorIsCollection.put(a, false));
      case Alias -> alias((AliasEvent) event);
      default -> {}
    }
    return event;
  }

  private void opened(NodeEvent event) {
    Pos pos = Pos.of(event.getStartMark());
    if (open.size() >= MAX_DEPTH) {
      throw new Refused(
          pos,
          "nested more than " + MAX_DEPTH + " levels deep",
          "a fabric file needs a few levels; check for a [ ] or { } that is never closed,"
              + " or a list item ('- ') repeated on one line");
    }
    event.getAnchor().ifPresent(a -> anchorIsCollection.put(a, true));
    open.push(new Open(event.getAnchor(), pos));
  }

  private void alias(AliasEvent event) {
    Anchor anchor = event.getAlias();
    Pos pos = Pos.of(event.getStartMark());
    for (Open outer : open) {
      if (outer.anchor().filter(anchor::equals).isPresent()) {
        throw new Refused(
            pos,
            "alias *%s is used inside the value of its own anchor &%s (line %d)"
                .formatted(anchor.getValue(), anchor.getValue(), outer.pos().line()),
            "an alias cannot repeat the mapping or list that contains it;"
                + " write the keys out, or anchor a smaller part");
      }
    }
    if (anchorIsCollection.getOrDefault(anchor, false)
        && ++collectionAliases > MAX_COLLECTION_ALIASES) {
      throw new Refused(
          pos,
          "more than %d aliases of lists and mappings (*%s); a fabric file needs few"
              .formatted(MAX_COLLECTION_ALIASES, anchor.getValue()),
          "write the values out instead of repeating them with aliases;"
              + " a file that multiplies aliases is built to exhaust memory");
    }
  }
}
