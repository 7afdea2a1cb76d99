package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.weft.ui.messages");

  @Test
  void keptFormatsWordNumbersAndNamesAsAFreshMessageFormatDoes() {
    String key = "matrix.caption";
    Object[] args = {12, 1500, "all healthy"};
    String expected = MessageFormat.format(BUNDLE.getString(key), args);
    assertThat(Messages.get(key, args)).isEqualTo(expected);
    // Asked again (the kept format), and with other words: no trace of the first call.
    assertThat(Messages.get(key, args)).isEqualTo(expected);
    assertThat(Messages.get(key, 3, 3, "1 down"))
        .isEqualTo(MessageFormat.format(BUNDLE.getString(key), 3, 3, "1 down"));
  }
}
