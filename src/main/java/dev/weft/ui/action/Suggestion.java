package dev.weft.ui.action;

import dev.weft.action.ActionRequest;
import dev.weft.ui.Messages;
import java.util.List;
import java.util.Objects;

/// A failover Weft suggests but never makes on its own: choosing it opens the same preview as
/// the gesture would. Immutable. Its words are put together when first read: suggestions are
/// worked out again every frame and compared with the last ones, while only a changed button
/// reads its words (in a storm, formatting forty suggestions a frame was the window's largest
/// source of garbage after painting).
public final class Suggestion {
  private final String textKey;
  private final List<Object> textArgs;
  private final String whyKey;
  private final List<Object> whyArgs;
  private final ActionRequest request;
  private String text;
  private String why;

  /// @param text the button's words, e.g. `Drain bj-1…`
  /// @param why what prompted it, e.g. `bj-1 stale for 42 s`
  public Suggestion(String text, String why, ActionRequest request) {
    this(null, List.of(text), null, List.of(why), request);
  }

  private Suggestion(
      String textKey,
      List<Object> textArgs,
      String whyKey,
      List<Object> whyArgs,
      ActionRequest request) {
    this.textKey = textKey;
    this.textArgs = textArgs;
    this.whyKey = whyKey;
    this.whyArgs = whyArgs;
    this.request = request;
  }

  /// A suggestion worded by the messages `textKey` and `whyKey` with their arguments.
  static Suggestion worded(
      ActionRequest request,
      String textKey,
      List<Object> textArgs,
      String whyKey,
      List<Object> whyArgs) {
    return new Suggestion(textKey, textArgs, whyKey, whyArgs, request);
  }

  public String text() {
    if (text == null) {
      text = words(textKey, textArgs);
    }
    return text;
  }

  public String why() {
    if (why == null) {
      why = words(whyKey, whyArgs);
    }
    return why;
  }

  public ActionRequest request() {
    return request;
  }

  private static String words(String key, List<Object> args) {
    return key == null ? (String) args.getFirst() : Messages.get(key, args.toArray());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Suggestion s
        && Objects.equals(textKey, s.textKey)
        && textArgs.equals(s.textArgs)
        && Objects.equals(whyKey, s.whyKey)
        && whyArgs.equals(s.whyArgs)
        && request.equals(s.request);
  }

  @Override
  public int hashCode() {
    return Objects.hash(textKey, textArgs, whyKey, whyArgs, request);
  }

  @Override
  public String toString() {
    return text() + " (" + why() + ")";
  }
}
