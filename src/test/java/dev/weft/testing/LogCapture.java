package dev.weft.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/// Everything logged while it is open, at every level of every logger Weft and its libraries
/// use (fabric8's too), with stack traces, as text: what a log file would hold at its most
/// verbose.
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Logger root;
  private final Level rootLevel;
  private final Logger fabric8;
  private final Level fabric8Level;

  public LogCapture() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    setContext(context);
    root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    fabric8 = context.getLogger("io.fabric8");
    rootLevel = root.getLevel();
    fabric8Level = fabric8.getLevel();
    fabric8.setLevel(Level.DEBUG);
    start();
    root.addAppender(this);
  }

  @Override
  protected void append(ILoggingEvent event) {
    StringBuilder line =
        new StringBuilder(event.getLoggerName() + " " + event.getFormattedMessage());
    if (event.getThrowableProxy() != null) {
      line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
    }
    lines.add(line.toString());
  }

  public String text() {
    return String.join("\n", lines);
  }

  @Override
  public void close() {
    root.detachAppender(this);
    root.setLevel(rootLevel);
    fabric8.setLevel(fabric8Level);
    stop();
  }
}
