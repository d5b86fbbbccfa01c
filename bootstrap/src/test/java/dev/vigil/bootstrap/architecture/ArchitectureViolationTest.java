package dev.vigil.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.vigil.adapters.archviolation.AdapterThatBuildsAService;
import dev.vigil.application.archviolation.ServiceThatReadsTheClock;
import dev.vigil.domain.archviolation.DomainThatImportsJavalin;
import org.junit.jupiter.api.Test;

/** Proof that the rules fail the build: each deliberately broken class (test code only) trips its rule. */
class ArchitectureViolationTest {

    @Test
    void aDomainClassUsingJavalin_failsThePlainJavaAndFrameworkRules() {
        JavaClasses bad = new ClassFileImporter().importClasses(DomainThatImportsJavalin.class);

        assertThatThrownBy(() -> ArchitectureTest.domain_is_plain_java.check(bad))
                .isInstanceOf(AssertionError.class).hasMessageContaining("io.javalin.http.Context");
        assertThatThrownBy(() -> ArchitectureTest.no_frameworks_in_the_core.check(bad))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void coreCodeCallingInstantNow_failsTheClockRule() {
        JavaClasses bad = new ClassFileImporter().importClasses(ServiceThatReadsTheClock.class);

        assertThatThrownBy(() -> ArchitectureTest.core_reads_time_from_clock.check(bad))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Instant.now()");
    }

    @Test
    void anAdapterUsingAService_failsThePortsRule() {
        JavaClasses bad = new ClassFileImporter().importClasses(AdapterThatBuildsAService.class);

        assertThatThrownBy(() -> ArchitectureTest.adapters_use_ports_only.check(bad))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ListSystemsService");
    }

    @Test
    void theRealCode_passesTheSameRules() {
        JavaClasses real = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.vigil");

        assertThatCode(() -> ArchitectureTest.core_reads_time_from_clock.check(real)).doesNotThrowAnyException();
        assertThatCode(() -> ArchitectureTest.domain_is_plain_java.check(real)).doesNotThrowAnyException();
    }
}
