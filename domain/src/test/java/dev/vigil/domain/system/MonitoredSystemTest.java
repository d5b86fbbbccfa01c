package dev.vigil.domain.system;

import static dev.vigil.domain.system.SystemFixtures.T0;
import static dev.vigil.domain.system.SystemFixtures.aDependency;
import static dev.vigil.domain.system.SystemFixtures.aSystem;
import static dev.vigil.domain.system.SystemFixtures.critical;
import static dev.vigil.domain.system.SystemFixtures.details;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.domain.status.Status;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonitoredSystemTest {
    private static final Instant T1 = T0.plusSeconds(60);

    @Test
    void register_startsOperational() {
        MonitoredSystem system = aSystem(1);

        assertThat(system.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(system.manualStatus()).isEqualTo(Status.OPERATIONAL);
        assertThat(system.createdAt()).isEqualTo(system.updatedAt()).isEqualTo(T0);
    }

    @Test
    void register_truncatesTimesToMilliseconds() {
        MonitoredSystem system = MonitoredSystem.register(new SystemId(1), details("API"), Instant.parse("2026-01-01T00:00:00.123456789Z"));

        assertThat(system.createdAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123Z"));
    }

    @Test
    void changeManualStatus_derivesTheStatusAgain() {
        var rollUp = aSystem(1).changeManualStatus(Status.OUTAGE, List.of(), false, T1);

        assertThat(rollUp.changed()).isTrue();
        assertThat(rollUp.previous()).isEqualTo(Status.OPERATIONAL);
        assertThat(rollUp.system().status()).isEqualTo(Status.OUTAGE);
        assertThat(rollUp.system().manualStatus()).isEqualTo(Status.OUTAGE);
        assertThat(rollUp.system().updatedAt()).isEqualTo(T1);
    }

    @Test
    void givenCriticalOutage_manualDegraded_keepsTheOutage_butRemembersTheManualStatus() {
        MonitoredSystem down = aSystem(1).rollUp(List.of(critical(1, Status.OUTAGE)), false, T0).system();

        var rollUp = down.changeManualStatus(Status.DEGRADED, List.of(critical(1, Status.OUTAGE)), false, T1);

        assertThat(rollUp.changed()).isFalse();
        assertThat(rollUp.system().status()).isEqualTo(Status.OUTAGE);
        assertThat(rollUp.system().manualStatus()).isEqualTo(Status.DEGRADED);
    }

    @Test
    void rollUp_namesTheCausingDependency() {
        var rollUp = aSystem(1).rollUp(List.of(critical(4, Status.DEGRADED)), false, T1);

        assertThat(rollUp.changed()).isTrue();
        assertThat(rollUp.system().status()).isEqualTo(Status.DEGRADED);
        assertThat(rollUp.cause()).contains(new DependencyId(4));
    }

    @Test
    void rollUp_withoutChange_returnsTheSameSystem() {
        MonitoredSystem system = aSystem(1);

        var rollUp = system.rollUp(List.of(critical(1, Status.OPERATIONAL)), false, T1);

        assertThat(rollUp.changed()).isFalse();
        assertThat(rollUp.system().updatedAt()).isEqualTo(T0);
    }

    @Test
    void rollUp_rejectsAnotherSystemsDependency() {
        Dependency foreign = aDependency(1, 2, Criticality.CRITICAL, Status.OUTAGE);

        assertThatThrownBy(() -> aSystem(1).rollUp(List.of(foreign), false, T1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not belong");
    }

    @Test
    void manualStatusUnknown_isRejected() {
        assertThatThrownBy(() -> aSystem(1).changeManualStatus(Status.UNKNOWN, List.of(), false, T1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown cannot be set by hand");
    }

    @Test
    void restore_rejectsUpdateBeforeCreation() {
        assertThatThrownBy(() -> MonitoredSystem.restore(new SystemId(1), details("API"), Status.OPERATIONAL,
                Status.OPERATIONAL, T1, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describe_changesDetailsOnly() {
        MonitoredSystem down = aSystem(1).changeManualStatus(Status.OUTAGE, List.of(), false, T0).system();

        MonitoredSystem renamed = down.describe(details("Renamed"), T1);

        assertThat(renamed.name()).isEqualTo("Renamed");
        assertThat(renamed.status()).isEqualTo(Status.OUTAGE);
        assertThat(renamed.updatedAt()).isEqualTo(T1);
    }

    @Test
    void equality_isByIdentity() {
        assertThat(aSystem(1, "A")).isEqualTo(aSystem(1, "B")).isNotEqualTo(aSystem(2, "A"));
    }
}
