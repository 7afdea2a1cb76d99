package dev.weft.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/// Keeps the layering written in the README's "How Weft is built" (and in `dev.weft`'s
/// `package-info.java`): `ui`, `cli` → `action` → `state` → `cluster` → `fabric`; `demo` beside
/// them, used only by the top; `bench` (benchmarks) and `ui.bench`/`ui.sample` (sample data)
/// named apart from the product; fabric8 only where clusters are talked to; no package cycles.
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
          .layer("Bench")
          .definedBy("dev.weft.bench..")
          .layer("Demo")
          .definedBy("dev.weft.demo..")
          .layer("Record")
          .definedBy("dev.weft.record..")
          .optionalLayer("Action")
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
          .whereLayer("Bench")
          .mayOnlyBeAccessedByLayers("Root", "Cli")
          .whereLayer("Demo")
          .mayOnlyBeAccessedByLayers("Root", "Ui", "Cli")
          .whereLayer("Record")
          .mayOnlyBeAccessedByLayers("Root", "Ui", "Cli", "Bench")
          .whereLayer("Action")
          .mayOnlyBeAccessedByLayers("Root", "Ui", "Cli", "Record")
          .whereLayer("State")
          .mayOnlyBeAccessedByLayers("Root", "Ui", "Cli", "Bench", "Action", "Record")
          .whereLayer("Cluster")
          .mayOnlyBeAccessedByLayers(
              "Root", "Ui", "Cli", "Bench", "Action", "State", "Record", "Demo")
          .whereLayer("Fabric")
          .mayOnlyBeAccessedByLayers(
              "Root", "Ui", "Cli", "Bench", "Action", "State", "Cluster", "Record", "Demo");

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
  static final ArchRule fabric8OnlyWhereClustersAreTalkedTo =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "dev.weft.cluster..", "dev.weft.demo..", "dev.weft.action..", "dev.weft.bench..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.fabric8..")
          .because(
              "the model sees clusters only as ClusterChange records; reads go through cluster,"
                  + " writes through action, the demo and benchmarks serve or drive the API");

  @ArchTest
  static final ArchRule theProductDoesNotUseBenchmarksOrSampleData =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "dev.weft",
              "dev.weft.cli..",
              "dev.weft.bench..",
              "dev.weft.ui.bench..",
              "dev.weft.ui.sample..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.weft.bench..", "dev.weft.ui.bench..", "dev.weft.ui.sample..")
          .because("benchmarks and sample data are reached only from `weft bench` and tests");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices()
          .matching("dev.weft.(**)")
          .should()
          .beFreeOfCycles()
          .because("a cycle makes two packages one; split out the shared part instead");

  @ArchTest
  static final ArchRule viewModelsDoNotTouchTheSceneGraph =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("ViewModel")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx.scene..")
          .because("view models are tested without a stage; views bind to them");
}
