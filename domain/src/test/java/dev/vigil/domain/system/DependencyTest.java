package dev.vigil.domain.system;

import static dev.vigil.domain.system.SystemFixtures.T0;
import static dev.vigil.domain.system.SystemFixtures.critical;
import static dev.vigil.domain.system.SystemFixtures.minor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.domain.status.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DependencyTest {

    @Test
    void add_startsOperational() {
        Dependency dependency = Dependency.add(new DependencyId(1), new SystemId(1),
                new DependencyDetails("PostgreSQL", "Main database", Criticality.CRITICAL), T0);

        assertThat(dependency.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(dependency.name()).isEqualTo("PostgreSQL");
    }

    @Test
    void changeStatus_setsItAndTouchesUpdatedAt() {
        Dependency changed = critical(1, Status.OPERATIONAL).changeStatus(Status.OUTAGE, T0.plusSeconds(5));

        assertThat(changed.status()).isEqualTo(Status.OUTAGE);
        assertThat(changed.updatedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void changeStatusToUnknown_isRejected() {
        assertThatThrownBy(() -> critical(1, Status.OPERATIONAL).changeStatus(Status.UNKNOWN, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "OPERATIONAL, OPERATIONAL, OPERATIONAL",
            "UNKNOWN,     UNKNOWN,     OPERATIONAL",
            "MAINTENANCE, MAINTENANCE, OPERATIONAL",
            "DEGRADED,    DEGRADED,    DEGRADED",
            "OUTAGE,      OUTAGE,      DEGRADED",
    })
    void contribution(Status status, Status asCritical, Status asMinor) {
        assertThat(critical(1, status).contribution()).isEqualTo(asCritical);
        assertThat(minor(1, status).contribution()).isEqualTo(asMinor);
    }

    @Test
    void clockGoingBackwards_neverPutsUpdatedAtBeforeCreatedAt() {
        Dependency changed = critical(1, Status.OPERATIONAL).changeStatus(Status.DEGRADED, T0.minusSeconds(60));

        assertThat(changed.updatedAt()).isEqualTo(T0);
    }
}
