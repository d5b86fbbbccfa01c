package dev.vigil.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.base.DescribedPredicate;

/** The architecture rules of STYLE.md §10: dependencies point inward and the core is plain Java with no clock of its own. */
@AnalyzeClasses(packages = "dev.vigil",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
public class ArchitectureTest {

    /** Other modules' test jars on this test classpath (adapters-probes' hostile targets) are test code too. */
    public static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar");
        }
    }

    @ArchTest
    public static final ArchRule onion = onionArchitecture()
            .domainModels("dev.vigil.domain..")
            .applicationServices("dev.vigil.application..")
            .adapter("web", "dev.vigil.adapters.web..")
            .adapter("persistence", "dev.vigil.adapters.persistence..")
            .adapter("probes", "dev.vigil.adapters.probes..")
            .adapter("notifications", "dev.vigil.adapters.notifications..")
            .withOptionalLayers(true)
            .ignoreDependency(resideInAPackage("dev.vigil.bootstrap.."), alwaysTrue());

    @ArchTest
    public static final ArchRule domain_is_plain_java = classes().that().resideInAPackage("dev.vigil.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.vigil.domain..", "java..")
            .because("the domain is plain Java");

    @ArchTest
    public static final ArchRule application_is_plain_java = classes().that().resideInAPackage("dev.vigil.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.vigil.domain..", "dev.vigil.application..", "java..")
            .because("use cases know the domain and their ports, nothing else");

    @ArchTest
    public static final ArchRule no_frameworks_in_the_core = noClasses()
            .that().resideInAnyPackage("dev.vigil.domain..", "dev.vigil.application..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.jdbi..", "com.fasterxml..",
                    "gg.jte..", "java.sql..", "javax.sql..", "org.eclipse.jetty..", "org.slf4j..", "org.flywaydb..",
                    "org.sqlite..", "java.net.http..")
            .because("frameworks and I/O belong in adapters");

    @ArchTest
    public static final ArchRule ports_do_not_know_services = noClasses().that().resideInAPackage("..application.port..")
            .should().dependOnClassesThat().resideInAPackage("..application.service..");

    @ArchTest
    public static final ArchRule adapters_use_ports_only = noClasses().that().resideInAPackage("dev.vigil.adapters..")
            .should().dependOnClassesThat().resideInAPackage("..application.service..")
            .because("adapters call use cases through their ports; only bootstrap builds services");

    @ArchTest
    public static final ArchRule core_reads_time_from_clock = noClasses()
            .that().resideInAnyPackage("dev.vigil.domain..", "dev.vigil.application..")
            .should().callMethodWhere(readsTheSystemClock())
            .because("the core receives a java.time.Clock and never asks the system for the time");

    @ArchTest
    public static final ArchRule one_service_per_use_case = classes()
            .that().resideInAPackage("..application.service..").and().arePublic().and().areTopLevelClasses()
            .should().haveSimpleNameEndingWith("Service")
            .andShould().implement(resideInAPackage("..application.port.in.."));

    @ArchTest
    public static final ArchRule jdbi_stays_inside = classes().that().haveSimpleNameEndingWith("Dao")
            .or().haveSimpleNameEndingWith("Row")
            .should().onlyBeAccessed().byClassesThat().resideInAPackage("dev.vigil.adapters.persistence..");

    @ArchTest
    public static final ArchRule aggregates_free_of_cycles = slices().matching("dev.vigil.domain.(*)..").should().beFreeOfCycles();

    @ArchTest
    public static final ArchRule only_main_uses_standard_streams = noClasses()
            .that().doNotHaveFullyQualifiedName("dev.vigil.bootstrap.Main")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("output goes through loggers, or through the streams Main hands to the CLI");

    @ArchTest
    public static final ArchRule no_generic_exceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    private static DescribedPredicate<JavaCall<?>> readsTheSystemClock() {
        return DescribedPredicate.describe("reads the system clock", call -> {
            String owner = call.getTargetOwner().getFullName();
            String name = call.getName();
            return (owner.startsWith("java.time.") && name.equals("now"))
                    || (owner.equals("java.time.Clock") && name.startsWith("system"))
                    || (owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
        });
    }
}
