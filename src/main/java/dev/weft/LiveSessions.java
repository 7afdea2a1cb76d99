package dev.weft;

import dev.weft.action.ActionOptions;
import dev.weft.action.Actions;
import dev.weft.cluster.KubeconfigSource;
import dev.weft.cluster.PodLogs;
import dev.weft.demo.DemoFabric;
import dev.weft.demo.DemoOptions;
import dev.weft.demo.RunningDemo;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import dev.weft.fabric.Zone;
import dev.weft.record.Recorder;
import dev.weft.record.Recorders;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.LiveFabric;
import dev.weft.ui.ActionService;
import dev.weft.ui.CanaryService;
import dev.weft.ui.DemoControls;
import dev.weft.ui.FabricFeed;
import dev.weft.ui.FabricSession;
import dev.weft.ui.FabricSessions;
import dev.weft.ui.PodLogSource;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/// The window's sessions on the real live model: every fabric, the embedded demo included, is
/// reached through its kubeconfig contexts and the Kubernetes API.
///
/// Threading: thread-safe; [#connect] and [#demo] block only while servers start, never on the
/// clusters themselves. A session's pod logs are read on its own virtual threads.
final class LiveSessions implements FabricSessions {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LiveSessions.class);
  private final DemoOptions demoOptions;

  LiveSessions() {
    this(DemoOptions.defaults());
  }

  /// @param demoOptions how [#demo] starts the embedded demo (tests use fast timings)
  LiveSessions(DemoOptions demoOptions) {
    this.demoOptions = demoOptions;
  }

  @Override
  public FabricSession connect(Fabric fabric) {
    return new Session(fabric, null);
  }

  @Override
  public FabricSession demo() {
    RunningDemo demo = DemoFabric.start(demoOptions);
    try {
      Fabric fabric = readDemoFabric(demo);
      return new Session(fabric, demo);
    } catch (RuntimeException e) {
      demo.close();
      throw e;
    }
  }

  /// The fabric file the demo wrote; it is ours, so an invalid one is a bug, not a user error.
  static Fabric readDemoFabric(RunningDemo demo) {
    return switch (new FabricReader().read(demo.fabricFile())) {
      case FabricReadResult.Valid valid -> valid.fabric();
      case FabricReadResult.Invalid invalid ->
          throw new IllegalStateException(
              "the demo wrote an invalid fabric: " + invalid.errors().getFirst().format());
    };
  }

  private static final class Session implements FabricSession {
    private final LiveFabric live;
    private final Recorder recorder;
    private final RunningDemo runningDemo;
    private final DemoControls demoControls;
    // One virtual thread per followed log: each blocks reading its stream for as long as it lasts.
    private final ExecutorService logThreads = Executors.newVirtualThreadPerTaskExecutor();
    private final PodLogSource logs;
    private final ActionService actions;
    private final CanaryService canary;

    Session(Fabric fabric, RunningDemo runningDemo) {
      KubeconfigSource kubeconfig = KubeconfigSource.forFabric(fabric);
      this.recorder = Recorders.startDefault(fabric, why -> LOG.warn("{}", why)).orElse(null);
      this.live = LiveFabric.open(fabric, kubeconfig, LiveFabric.Options.defaults(), recorder);
      // Connects lazily: nothing is contacted until the first gesture.
      Actions opened = Actions.open(fabric, kubeconfig, ActionOptions.defaults());
      this.actions = ActionService.of(opened);
      this.canary = CanaryService.of(opened);
      this.runningDemo = runningDemo;
      this.demoControls = runningDemo == null ? DemoControls.NONE : new DemoMenu(runningDemo);
      PodLogs podLogs = new PodLogs(live.clients(), logThreads);
      Map<String, String> contexts =
          fabric.zones().stream().collect(Collectors.toMap(Zone::name, Zone::context));
      // An unknown zone has no context: PodLogs then says so in the log, failing closed.
      this.logs =
          (zone, namespace, pod, lines) ->
              podLogs.follow(contexts.get(zone), namespace, pod, lines);
    }

    @Override
    public PodLogSource logs() {
      return logs;
    }

    @Override
    public ActionService actions() {
      return actions;
    }

    @Override
    public CanaryService canary() {
      return canary;
    }

    @Override
    public FabricFeed feed() {
      return new FabricFeed() {
        @Override
        public FabricSnapshot current() {
          return live.current();
        }

        @Override
        public AutoCloseable onChange(Runnable listener) {
          return live.onChange(listener);
        }
      };
    }

    @Override
    public DemoControls demo() {
      return demoControls;
    }

    @Override
    public java.util.Optional<java.nio.file.Path> recording() {
      return java.util.Optional.ofNullable(recorder).map(Recorder::file);
    }

    @Override
    public void onRecordingStopped(java.util.function.Consumer<String> listener) {
      if (recorder != null) {
        recorder.onStopped(listener);
      }
    }

    /// Returns at once: the window calls this on the FX thread, and stopping informers and the
    /// demo's servers takes a moment, so that happens on a thread of its own.
    @Override
    public void close() {
      logThreads.shutdownNow();
      Thread.ofPlatform()
          .daemon()
          .name("weft-session-close")
          .start(
              () -> {
                actions.close();
                live.close();
                if (recorder != null) {
                  recorder.close();
                }
                if (runningDemo != null) {
                  runningDemo.close();
                }
              });
    }
  }
}
