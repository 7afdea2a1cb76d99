package dev.weft.demo;

/// The demo's `--out` folder cannot be used: not writable, taken by another running demo, or
/// holding files the demo did not write. The message is one line for the user, naming the
/// folder and what to do.
public final class DemoFolderException extends RuntimeException {
  public DemoFolderException(String message) {
    super(message);
  }
}
