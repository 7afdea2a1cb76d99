package dev.weft.ui;

/// One open fabric: its live feed and what else the window can do with it. Closing it stops its
/// watches (and, for the demo, its simulated zones).
///
/// Threading: accessors may be called from any thread; [#close] from the FX thread, returning
/// promptly (slow shutdown belongs on the session's own threads).
public interface FabricSession extends AutoCloseable {
  FabricFeed feed();

  /// The Demo menu's scenarios; [DemoControls#NONE] for real fabrics.
  default DemoControls demo() {
    return DemoControls.NONE;
  }

  default PodLogSource logs() {
    return PodLogSource.NONE;
  }

  /// Fail over and fail back on this fabric; [ActionService#NONE] where Weft cannot act.
  default ActionService actions() {
    return ActionService.NONE;
  }

  /// Canary releases on this fabric; [CanaryService#NONE] where Weft cannot act.
  default dev.weft.ui.CanaryService canary() {
    return dev.weft.ui.CanaryService.NONE;
  }

  /// The recording this session writes (for replay), if it records.
  default java.util.Optional<java.nio.file.Path> recording() {
    return java.util.Optional.empty();
  }

  /// Calls `listener` (on any thread) once if recording stops, with why (a full disk).
  default void onRecordingStopped(java.util.function.Consumer<String> listener) {}

  @Override
  void close();

  /// A session that shows `feed` and offers nothing else (no actions, logs or demo controls):
  /// for a window over a feed of its own, as the benchmarks and tests open it.
  static FabricSession watching(FabricFeed feed) {
    return new FabricSession() {
      @Override
      public FabricFeed feed() {
        return feed;
      }

      @Override
      public void close() {}
    };
  }
}
