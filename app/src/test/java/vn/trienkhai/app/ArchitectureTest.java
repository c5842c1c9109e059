package vn.trienkhai.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module boundaries of docs/architecture.md, checked on the compiled classes of every jar. */
@AnalyzeClasses(packages = "vn.trienkhai", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** The kernel's test jar (shared test support) is test code too. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule coreKnowsNoModuleAndNoApp = noClasses().that().resideInAPackage("vn.trienkhai.core..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.trienkhai.modules..", "vn.trienkhai.app..", "vn.trienkhai.workbench..");

    @ArchTest
    static final ArchRule theDomainImportsNoUiAndNoHttp = noClasses().that().resideInAPackage("vn.trienkhai.core..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "io.micronaut.http..", "jakarta.servlet..", "org.eclipse.jetty..");

    @ArchTest
    static final ArchRule theWorkbenchKnowsNoModuleAndNoApp = noClasses().that().resideInAPackage("vn.trienkhai.workbench..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.trienkhai.modules..", "vn.trienkhai.app..");

    @ArchTest
    static final ArchRule modulesDoNotSeeEachOther = slices().matching("vn.trienkhai.modules.(*)..")
            .should().notDependOnEachOther().allowEmptyShould(true);

    @ArchTest
    static final ArchRule modulesDoNotSeeTheApp = noClasses().that().resideInAPackage("vn.trienkhai.modules..")
            .should().dependOnClassesThat().resideInAPackage("vn.trienkhai.app..").allowEmptyShould(true);

    @ArchTest
    static final ArchRule theAppSeesNoModuleClass = noClasses().that().resideInAPackage("vn.trienkhai.app..")
            .should().dependOnClassesThat().resideInAPackage("vn.trienkhai.modules..");

    @ArchTest
    static final ArchRule vaadinOnlyInUiPackagesTheWorkbenchAndTheServer = noClasses()
            .that().resideInAPackage("vn.trienkhai..")
            .and().resideOutsideOfPackages("vn.trienkhai..ui..", "vn.trienkhai.workbench..", "vn.trienkhai.app.server..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule coreFeaturesAreFreeOfCycles = slices().matching("vn.trienkhai.core.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule appPartsAreFreeOfCycles = slices().matching("vn.trienkhai.app.(*)..").should().beFreeOfCycles();
}
