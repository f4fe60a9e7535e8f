package clustersim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house's arrows (docs/ARCHITECTURE.md): which room may use which. A wrong-way import fails here with
 * the class, the dependency and the rule it breaks.
 */
class ArchitectureTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("clustersim");
    }

    private static void check(ArchRule rule) {
        rule.check(production);
    }

    @Test
    void theModelUsesOnlyMasonCoreCommonsMathAndTheJdk() {
        check(classes().that().resideInAPackage("clustersim.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "clustersim.model..", "java.lang..", "java.util", "java.util.function", "java.io",
                        "sim.engine..", "sim.util..", "ec.util..", "org.apache.commons.math3..")
                .because("the model knows nothing of observers, files, threads or windows"));
    }

    @Test
    void theModelWritesNoFilesAndStartsNoThreads() {
        check(noClasses().that().resideInAnyPackage("clustersim.model..", "clustersim.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio..", "java.util.concurrent..", "javax.swing..", "java.awt..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Writer")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("OutputStream")
                .because("one step of the model is pure computation: drivers do the I/O and the threading"));
    }

    @Test
    void metricsReadTheModelAndNothingElseOfTheProject() {
        check(classes().that().resideInAPackage("clustersim.metrics..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "clustersim.metrics..", "clustersim.model..", "java..", "sim.engine..")
                .because("metrics observe the model; everything else reads the metrics"));
    }

    @Test
    void analysisAndIoStandAlone() {
        check(noClasses().that().resideInAnyPackage("clustersim.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "clustersim.model..", "clustersim.metrics..", "clustersim.scenario..", "clustersim.experiment..",
                        "clustersim.report..", "clustersim.gui..", "clustersim.cli..", "clustersim.bench..", "clustersim.io..")
                .because("statistics take numbers, not the project's objects"));
        check(noClasses().that().resideInAnyPackage("clustersim.io..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "clustersim.model..", "clustersim.metrics..", "clustersim.scenario..", "clustersim.experiment..",
                        "clustersim.report..", "clustersim.gui..", "clustersim.cli..", "clustersim.bench..", "clustersim.analysis..")
                .because("general file helpers serve every outer room and know none"));
    }

    @Test
    void scenariosKnowOnlyTheModel() {
        check(noClasses().that().resideInAPackage("clustersim.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "clustersim.metrics..", "clustersim.experiment..", "clustersim.report..", "clustersim.gui..",
                        "clustersim.cli..", "clustersim.bench..", "clustersim.analysis..")
                .because("a scenario is parameters, loaded and validated, applied to the model"));
    }

    @Test
    void experimentsDoNotDrawOrTalkToTheUser() {
        check(noClasses().that().resideInAPackage("clustersim.experiment..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "clustersim.report..", "clustersim.gui..", "clustersim.cli..", "clustersim.bench..")
                .because("the runner produces data; figures, windows and the command line are other rooms"));
    }

    @Test
    void reportsAndTheWindowAreNotDrivenFromBelow() {
        check(noClasses().that().resideInAnyPackage("clustersim.report..", "clustersim.gui..")
                .should().dependOnClassesThat().resideInAnyPackage("clustersim.cli..", "clustersim.bench..")
                .because("only the command line calls them"));
        check(noClasses().that().resideInAPackage("clustersim.report..")
                .should().dependOnClassesThat().resideInAPackage("clustersim.gui..")
                .because("figures written to files do not need a window"));
    }

    @Test
    void onlyTheCommandLineCallsTheCommandLineAndTheBenchmarks() {
        check(noClasses().that().resideOutsideOfPackage("clustersim.cli..")
                .should().dependOnClassesThat().resideInAPackage("clustersim.cli..")
                .because("cli only calls: nothing calls it"));
        check(noClasses().that().resideOutsideOfPackages("clustersim.cli..", "clustersim.bench..")
                .should().dependOnClassesThat().resideInAPackage("clustersim.bench..")
                .because("bench measures, and is called only by cli"));
        check(noClasses().that().resideOutsideOfPackages("clustersim.cli..", "clustersim.facts..")
                .should().dependOnClassesThat().resideInAPackage("clustersim.facts..")
                .because("the facts suite is run from the command line (and its tests), not from below"));
    }

    @Test
    void noCyclesBetweenRooms() {
        check(slices().matching("clustersim.(*)..").should().beFreeOfCycles());
    }
}
