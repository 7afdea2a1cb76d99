package dev.weft.record;

/// A recording that cannot be read as Weft wrote it (damaged, or not a recording): the message
/// says what, for a person; no stack trace is shown for it.
public final class CorruptRecordingException extends RuntimeException {
  public CorruptRecordingException(String message) {
    super(message);
  }
}
