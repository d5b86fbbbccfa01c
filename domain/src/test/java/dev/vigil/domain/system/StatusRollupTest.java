package dev.vigil.domain.system;

import static dev.vigil.domain.system.SystemFixtures.critical;
import static dev.vigil.domain.system.SystemFixtures.minor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.domain.status.Status;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusRollupTest {

    @ParameterizedTest(name = "critical {0} + critical {1} -> {2}")
    @CsvSource({
            "OPERATIONAL, OPERATIONAL, OPERATIONAL",
            "OPERATIONAL, UNKNOWN,     UNKNOWN",
            "OPERATIONAL, MAINTENANCE, MAINTENANCE",
            "OPERATIONAL, DEGRADED,    DEGRADED",
            "OPERATIONAL, OUTAGE,      OUTAGE",
            "UNKNOWN,     OPERATIONAL, UNKNOWN",
            "UNKNOWN,     UNKNOWN,     UNKNOWN",
            "UNKNOWN,     MAINTENANCE, MAINTENANCE",
            "UNKNOWN,     DEGRADED,    DEGRADED",
            "UNKNOWN,     OUTAGE,      OUTAGE",
            "MAINTENANCE, OPERATIONAL, MAINTENANCE",
            "MAINTENANCE, UNKNOWN,     MAINTENANCE",
            "MAINTENANCE, MAINTENANCE, MAINTENANCE",
            "MAINTENANCE, DEGRADED,    DEGRADED",
            "MAINTENANCE, OUTAGE,      OUTAGE",
            "DEGRADED,    OPERATIONAL, DEGRADED",
            "DEGRADED,    UNKNOWN,     DEGRADED",
            "DEGRADED,    MAINTENANCE, DEGRADED",
            "DEGRADED,    DEGRADED,    DEGRADED",
            "DEGRADED,    OUTAGE,      OUTAGE",
            "OUTAGE,      OPERATIONAL, OUTAGE",
            "OUTAGE,      UNKNOWN,     OUTAGE",
            "OUTAGE,      MAINTENANCE, OUTAGE",
            "OUTAGE,      DEGRADED,    OUTAGE",
            "OUTAGE,      OUTAGE,      OUTAGE",
    })
    void twoCriticalDependencies_theWorstWins(Status first, Status second, Status expected) {
        var result = StatusRollup.of(Status.OPERATIONAL, List.of(critical(1, first), critical(2, second)), false);

        assertThat(result.status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "critical {0} + minor {1} -> {2}")
    @CsvSource({
            "OPERATIONAL, OPERATIONAL, OPERATIONAL",
            "OPERATIONAL, UNKNOWN,     OPERATIONAL",
            "OPERATIONAL, MAINTENANCE, OPERATIONAL",
            "OPERATIONAL, DEGRADED,    DEGRADED",
            "OPERATIONAL, OUTAGE,      DEGRADED",
            "UNKNOWN,     OPERATIONAL, UNKNOWN",
            "UNKNOWN,     UNKNOWN,     UNKNOWN",
            "UNKNOWN,     MAINTENANCE, UNKNOWN",
            "UNKNOWN,     DEGRADED,    DEGRADED",
            "UNKNOWN,     OUTAGE,      DEGRADED",
            "MAINTENANCE, OPERATIONAL, MAINTENANCE",
            "MAINTENANCE, UNKNOWN,     MAINTENANCE",
            "MAINTENANCE, MAINTENANCE, MAINTENANCE",
            "MAINTENANCE, DEGRADED,    DEGRADED",
            "MAINTENANCE, OUTAGE,      DEGRADED",
            "DEGRADED,    OPERATIONAL, DEGRADED",
            "DEGRADED,    UNKNOWN,     DEGRADED",
            "DEGRADED,    MAINTENANCE, DEGRADED",
            "DEGRADED,    DEGRADED,    DEGRADED",
            "DEGRADED,    OUTAGE,      DEGRADED",
            "OUTAGE,      OPERATIONAL, OUTAGE",
            "OUTAGE,      UNKNOWN,     OUTAGE",
            "OUTAGE,      MAINTENANCE, OUTAGE",
            "OUTAGE,      DEGRADED,    OUTAGE",
            "OUTAGE,      OUTAGE,      OUTAGE",
    })
    void minorDependency_neverMakesTheSystemWorseThanDegraded(Status criticalStatus, Status minorStatus, Status expected) {
        var result = StatusRollup.of(Status.OPERATIONAL, List.of(critical(1, criticalStatus), minor(2, minorStatus)), false);

        assertThat(result.status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "manual {0} + critical {1} -> {2}")
    @CsvSource({
            "OPERATIONAL, OPERATIONAL, OPERATIONAL",
            "OPERATIONAL, UNKNOWN,     UNKNOWN",
            "OPERATIONAL, MAINTENANCE, MAINTENANCE",
            "OPERATIONAL, DEGRADED,    DEGRADED",
            "OPERATIONAL, OUTAGE,      OUTAGE",
            "DEGRADED,    OPERATIONAL, DEGRADED",
            "DEGRADED,    UNKNOWN,     DEGRADED",
            "DEGRADED,    MAINTENANCE, DEGRADED",
            "DEGRADED,    DEGRADED,    DEGRADED",
            "DEGRADED,    OUTAGE,      OUTAGE",
            "OUTAGE,      OPERATIONAL, OUTAGE",
            "OUTAGE,      UNKNOWN,     OUTAGE",
            "OUTAGE,      MAINTENANCE, OUTAGE",
            "OUTAGE,      DEGRADED,    OUTAGE",
            "OUTAGE,      OUTAGE,      OUTAGE",
            "MAINTENANCE, OPERATIONAL, MAINTENANCE",
            "MAINTENANCE, UNKNOWN,     MAINTENANCE",
            "MAINTENANCE, MAINTENANCE, MAINTENANCE",
            "MAINTENANCE, DEGRADED,    MAINTENANCE",
            "MAINTENANCE, OUTAGE,      MAINTENANCE",
    })
    void manualStatus_joinsTheRollUp_andManualMaintenanceHidesDependencies(Status manual, Status dependency, Status expected) {
        var result = StatusRollup.of(manual, List.of(critical(1, dependency)), false);

        assertThat(result.status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "window, manual {0} + critical {1} -> {2}")
    @CsvSource({
            "OPERATIONAL, OPERATIONAL, MAINTENANCE",
            "OPERATIONAL, UNKNOWN,     MAINTENANCE",
            "OPERATIONAL, OUTAGE,      MAINTENANCE",
            "MAINTENANCE, OUTAGE,      MAINTENANCE",
            "DEGRADED,    OPERATIONAL, DEGRADED",
            "DEGRADED,    OUTAGE,      DEGRADED",
            "OUTAGE,      OPERATIONAL, OUTAGE",
            "OUTAGE,      DEGRADED,    OUTAGE",
    })
    void maintenanceWindow_showsMaintenance_unlessTheManualStatusIsWorse(Status manual, Status dependency, Status expected) {
        var result = StatusRollup.of(manual, List.of(critical(1, dependency)), true);

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.cause()).isEmpty();
    }

    @Test
    void noDependencies_theManualStatusIsTheStatus() {
        assertThat(StatusRollup.of(Status.OPERATIONAL, List.of(), false).status()).isEqualTo(Status.OPERATIONAL);
        assertThat(StatusRollup.of(Status.DEGRADED, List.of(), false).status()).isEqualTo(Status.DEGRADED);
    }

    @Test
    void theCause_isTheDependencyThatDecidedTheStatus() {
        var result = StatusRollup.of(Status.OPERATIONAL,
                List.of(minor(3, Status.OUTAGE), critical(7, Status.OUTAGE), critical(5, Status.DEGRADED)), false);

        assertThat(result.status()).isEqualTo(Status.OUTAGE);
        assertThat(result.cause()).contains(new DependencyId(7));
    }

    @Test
    void equallyBadDependencies_theLowestIdIsNamedAsCause() {
        var result = StatusRollup.of(Status.OPERATIONAL, List.of(critical(9, Status.OUTAGE), critical(4, Status.OUTAGE)), false);

        assertThat(result.cause()).contains(new DependencyId(4));
    }

    @Test
    void manualStatusAsBadAsTheDependencies_hasNoDependencyAsCause() {
        var result = StatusRollup.of(Status.OUTAGE, List.of(critical(1, Status.OUTAGE)), false);

        assertThat(result.cause()).isEqualTo(Optional.empty());
    }
}
