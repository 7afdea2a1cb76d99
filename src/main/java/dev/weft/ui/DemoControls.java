package dev.weft.ui;

import java.util.List;

/// The Demo menu's seam to the embedded demo fabric: which scenarios exist and how to start one.
///
/// Threading: called on the FX thread; [#run] must return at once (the scenario runs on the demo
/// fabric's own threads and shows up through the [FabricFeed]).
public interface DemoControls {
  /// Scenario names in menu order, e.g. "zone outage", "brown-out", "bad canary".
  List<String> scenarios();

  /// Starts the named scenario.
  void run(String scenario);

  /// No demo (a real fabric is open): the Demo menu is hidden.
  DemoControls NONE =
      new DemoControls() {
        @Override
        public List<String> scenarios() {
          return List.of();
        }

        @Override
        public void run(String scenario) {}
      };
}
