package dev.weft.ui.shell;

import dev.weft.ui.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/// The menu bar: File (open, recent, export, quit), View (theme, presentation, map or matrix,
/// find, fit, filter, mute) and Demo (the demo fabric's scenarios, hidden for real fabrics).
// Forwards to
/// the [ShellViewModel]; file choosers live here because they need a window.
///
/// Threading: FX thread only.
public final class ShellMenus {
  private final MenuBar bar = new MenuBar();

  /// @param find focuses the map's search field; @param fit fits the map to the view
  public ShellMenus(
      ShellViewModel vm,
      Supplier<Window> window,
      Consumer<Path> exportPng,
      Runnable find,
      Runnable fit,
      Runnable quit) {
    bar.setId("menu-bar");
    FileChooser.ExtensionFilter yaml =
        new FileChooser.ExtensionFilter(Messages.get("menu.fabricFiles"), "*.yaml", "*.yml");
    MenuItem open = item("menu.open", "Shortcut+O");
    open.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser.getExtensionFilters().add(yaml);
          File file = chooser.showOpenDialog(window.get());
          if (file != null) {
            vm.open(file.toPath());
          }
        });
    MenuItem openRecording = item("menu.openRecording", "Shortcut+Shift+O");
    openRecording.setId("menu-open-recording");
    openRecording.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser
              .getExtensionFilters()
              .addAll(
                  new FileChooser.ExtensionFilter(
                      Messages.get("menu.recordingFiles"), "*.weftrec", "*.sqlite", "*.db"),
                  new FileChooser.ExtensionFilter(Messages.get("menu.allFiles"), "*"));
          File file = chooser.showOpenDialog(window.get());
          if (file != null) {
            vm.openRecording(file.toPath());
          }
        });
    Menu recent = new Menu(Messages.get("menu.recent"));
    Runnable syncRecent =
        () -> {
          recent.getItems().clear();
          for (Path p : vm.recent()) {
            MenuItem r = new MenuItem(p.toString());
            r.setOnAction(e -> vm.open(p));
            recent.getItems().add(r);
          }
          recent.setDisable(vm.recent().isEmpty());
        };
    vm.recent().addListener((ListChangeListener<Path>) c -> syncRecent.run());
    syncRecent.run();
    MenuItem export = item("menu.export", "Shortcut+E");
    export.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser.setInitialFileName("map.png");
          File file = chooser.showSaveDialog(window.get());
          if (file != null) {
            exportPng.accept(file.toPath());
          }
        });
    MenuItem quitItem = item("menu.quit", "Shortcut+Q");
    quitItem.setOnAction(e -> quit.run());
    Menu file =
        new Menu(
            Messages.get("menu.file"),
            null,
            open,
            openRecording,
            recent,
            export,
            new SeparatorMenuItem(),
            quitItem);

    Menu theme = new Menu(Messages.get("menu.theme"));
    ToggleGroup group = new ToggleGroup();
    for (ThemeChoice choice : ThemeChoice.values()) {
      RadioMenuItem r =
          new RadioMenuItem(
              Messages.get("menu.theme." + choice.name().toLowerCase(java.util.Locale.ROOT)));
      r.setId("theme-" + choice.name().toLowerCase(java.util.Locale.ROOT));
      r.setToggleGroup(group);
      r.setSelected(vm.themeProperty().get() == choice);
      r.setOnAction(e -> vm.themeProperty().set(choice));
      vm.themeProperty().addListener((o, a, b) -> r.setSelected(b == choice));
      theme.getItems().add(r);
    }
    // Map or matrix: the window picks by the fabric's size, these switch (Ctrl+1, Ctrl+2).
    ToggleGroup overview = new ToggleGroup();
    RadioMenuItem showMap = new RadioMenuItem(Messages.get("menu.viewMap"));
    showMap.setId("view-map");
    showMap.setAccelerator(KeyCombination.keyCombination("Shortcut+1"));
    RadioMenuItem showMatrix = new RadioMenuItem(Messages.get("menu.viewMatrix"));
    showMatrix.setId("view-matrix");
    showMatrix.setAccelerator(KeyCombination.keyCombination("Shortcut+2"));
    showMap.setToggleGroup(overview);
    showMatrix.setToggleGroup(overview);
    showMatrix.setSelected(vm.matrix().showingProperty().get());
    showMap.setSelected(!vm.matrix().showingProperty().get());
    showMap.setOnAction(e -> vm.matrix().showingProperty().set(false));
    showMatrix.setOnAction(e -> vm.matrix().showingProperty().set(true));
    vm.matrix()
        .showingProperty()
        .addListener(
            (o, a, on) -> {
              showMatrix.setSelected(on);
              showMap.setSelected(!on);
            });
    CheckMenuItem presentation = new CheckMenuItem(Messages.get("menu.presentation"));
    presentation.setAccelerator(KeyCombination.keyCombination("F11"));
    presentation.selectedProperty().bindBidirectional(vm.presentationProperty());
    CheckMenuItem inspectorPanel = new CheckMenuItem(Messages.get("menu.inspector"));
    inspectorPanel.setId("view-inspector");
    inspectorPanel.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
    inspectorPanel.selectedProperty().bindBidirectional(vm.panels().inspectorProperty());
    CheckMenuItem timelinePanel = new CheckMenuItem(Messages.get("menu.timeline"));
    timelinePanel.setId("view-timeline");
    timelinePanel.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
    timelinePanel.selectedProperty().bindBidirectional(vm.panels().timelineProperty());
    MenuItem findItem = item("menu.find", "Shortcut+F");
    findItem.setOnAction(e -> find.run());
    MenuItem fitItem = item("menu.fit", "Shortcut+0");
    fitItem.setOnAction(e -> fit.run());
    CheckMenuItem unhealthy = new CheckMenuItem(Messages.get("menu.unhealthy"));
    unhealthy.selectedProperty().bindBidirectional(vm.map().onlyUnhealthyProperty());
    CheckMenuItem mute = new CheckMenuItem(Messages.get("menu.mute"));
    mute.selectedProperty().bindBidirectional(vm.notifications().mutedProperty());
    Menu view =
        new Menu(
            Messages.get("menu.view"),
            null,
            theme,
            presentation,
            inspectorPanel,
            timelinePanel,
            new SeparatorMenuItem(),
            showMap,
            showMatrix,
            new SeparatorMenuItem(),
            findItem,
            fitItem,
            unhealthy,
            new SeparatorMenuItem(),
            mute);

    Menu demo = new Menu(Messages.get("menu.demo"));
    demo.setId("menu-demo");
    Runnable syncDemo =
        () -> {
          demo.getItems().clear();
          for (String scenario : vm.scenarios()) {
            MenuItem s = new MenuItem(scenario);
            s.setOnAction(e -> vm.runScenario(scenario));
            demo.getItems().add(s);
          }
          demo.setVisible(!vm.scenarios().isEmpty());
        };
    vm.scenarios().addListener((ListChangeListener<String>) c -> syncDemo.run());
    syncDemo.run();
    bar.getMenus().addAll(file, view, demo);
  }

  private static MenuItem item(String key, String accelerator) {
    MenuItem item = new MenuItem(Messages.get(key));
    item.setAccelerator(KeyCombination.keyCombination(accelerator));
    return item;
  }

  public MenuBar menuBar() {
    return bar;
  }
}
