package dev.weft.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/// User-facing strings from `dev/weft/ui/messages.properties`. Thread-safe.
public final class Messages {
  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.weft.ui.messages");

  private Messages() {}

  /// The string for `key`, with `{0}`-style arguments filled in when any are given.
  public static String get(String key, Object... args) {
    String pattern = BUNDLE.getString(key);
    return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
  }
}
