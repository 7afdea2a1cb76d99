package dev.weft.ui;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/// User-facing strings from `dev/weft/ui/messages.properties`. Thread-safe.
///
/// A pattern with arguments is parsed once and kept: views word hundreds of placements per
/// frame, and `MessageFormat.format` parsed the pattern and made its number formats anew on
/// every call (the largest share of the window's allocation in a pod storm). A number argument
/// is formatted by one kept `NumberFormat`, as `MessageFormat` would with a new one per number
/// (the bundle's patterns give no format type, so the words are the same).
public final class Messages {
  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.weft.ui.messages");
  private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();
  private static final NumberFormat NUMBERS =
      NumberFormat.getInstance(Locale.getDefault(Locale.Category.FORMAT));

  private Messages() {}

  /// The string for `key`, with `{0}`-style arguments filled in when any are given.
  public static String get(String key, Object... args) {
    if (args.length == 0) {
      return BUNDLE.getString(key);
    }
    MessageFormat format =
        FORMATS.computeIfAbsent(key, k -> new MessageFormat(BUNDLE.getString(k)));
    Object[] words = args.clone();
    for (int i = 0; i < words.length; i++) {
      if (words[i] instanceof Number n) {
        synchronized (NUMBERS) {
          words[i] = NUMBERS.format(n);
        }
      }
    }
    // A MessageFormat is not thread-safe; the FX thread is nearly its only caller.
    synchronized (format) {
      return format.format(words);
    }
  }
}
