package dev.weft.state;

/// A registration that can be cancelled; cancelling twice is harmless.
@FunctionalInterface
public interface Subscription extends AutoCloseable {
  void cancel();

  @Override
  default void close() {
    cancel();
  }
}
