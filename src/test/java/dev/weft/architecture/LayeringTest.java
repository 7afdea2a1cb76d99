package dev.weft.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/// Keeps the layering of `shared/docs/style.md`: `ui`, `cli` → `action` → `state` → `cluster` →
/// `fabric`; `demo` beside them, used only by the top; nothing but the composition root uses `ui`.
@AnalyzeClasses(packages = "dev.weft", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Root")
          .definedBy("dev.weft")
          .layer("Ui")
          .definedBy("dev.weft.ui..")
          .layer("Cli")
          .definedBy("dev.weft.cli..")
          .layer("Demo")
          .definedBy("dev.weft.demo..")
          .layer("Action")
          .definedBy("dev.weft.action..")
          .layer("State")
          .definedBy("dev.weft.state..")
          .layer("Cluster")
          .definedBy("dev.weft.cluster..")
          .layer("Fabric")
          .definedBy("dev.weft.fabric..")
          .whereLayer("Root")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Ui")
          .mayOnlyBeAccessedByLayers("Root")
          .whereLayer("Cli")
          .mayOnlyBeAccessedByLayers("Root")
          .whereLayer("Demo")
          .mayOnlyBeAccessedByLayers("Root", "Ui", "Cli")
          .whereLayer("Action")
          .mayOnlyBeAccessedByLayers("Root", "Ui", "Cli")
          .whereLayer("State")
          .mayOnlyBeAccessedByLayers("Root", "Ui", "Cli", "Action")
          .whereLayer("Cluster")
          .mayOnlyBeAccessedByLayers("Root", "Ui", "Cli", "Action", "State", "Demo")
          .whereLayer("Fabric")
          .mayOnlyBeAccessedByLayers("Root", "Ui", "Cli", "Action", "State", "Cluster", "Demo")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule onlyTheUiUsesJavaFx =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.weft.ui..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..", "org.controlsfx..")
          .because("the model, actions and command line must run without a toolkit");

  @ArchTest
  static final ArchRule viewModelsDoNotTouchTheSceneGraph =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("ViewModel")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx.scene..")
          .because("view models are tested without a stage; views bind to them")
          .allowEmptyShould(true);
}
