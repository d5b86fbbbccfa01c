package dev.vigil.application.contract;

import static dev.vigil.domain.system.SystemFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.Subject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link StatusHistory} adapter must do, reading what a {@link StatusLog} adapter wrote. */
public abstract class StatusHistoryContract {
    private static final SystemId S1 = new SystemId(1);
    private static final SystemId S2 = new SystemId(2);
    private static final DependencyId D1 = new DependencyId(10);

    protected abstract StatusLog log();

    protected abstract StatusHistory history();

    private StatusLogEntry ofSystem(SystemId system, Status to, int second) {
        return log().append(StatusChange.ofSystem(system, Status.OPERATIONAL, to, "", StatusSource.ROLLUP,
                Optional.empty(), T0.plusSeconds(second)));
    }

    private StatusLogEntry ofDependency(Status to, int second) {
        return log().append(StatusChange.ofDependency(S1, D1, Status.DEGRADED, to, "", StatusSource.CHECK,
                T0.plusSeconds(second)));
    }

    @Test
    void between_isHalfOpen_inTimeOrder_evenWhenLoggedOutOfOrder() {
        StatusLogEntry second = ofSystem(S1, Status.OUTAGE, 20);
        StatusLogEntry first = ofDependency(Status.OUTAGE, 10);
        ofSystem(S2, Status.DEGRADED, 30);
        StatusLogEntry sameTime = ofSystem(S2, Status.OUTAGE, 20);

        assertThat(history().between(T0.plusSeconds(10), T0.plusSeconds(30)))
                .containsExactly(first, second, sameTime);
        assertThat(history().between(T0, T0.plusSeconds(10))).isEmpty();
    }

    @Test
    void firstAbout_findsASubjectsFirstEntryFromAnInstantOn() {
        ofDependency(Status.OUTAGE, 5);
        StatusLogEntry later = ofDependency(Status.OPERATIONAL, 15);
        ofSystem(S1, Status.OUTAGE, 16);

        assertThat(history().firstAbout(Subject.of(D1), T0.plusSeconds(6))).contains(later);
        assertThat(history().firstAbout(Subject.of(D1), T0.plusSeconds(16))).isEmpty();
        assertThat(history().firstAbout(Subject.of(S1), T0)).get().extracting(e -> e.change().to())
                .isEqualTo(Status.OUTAGE);
    }

    @Test
    void systemChanges_leaveOutItsDependencies() {
        StatusLogEntry own1 = ofSystem(S1, Status.OUTAGE, 1);
        ofDependency(Status.OUTAGE, 2);
        StatusLogEntry own2 = ofSystem(S1, Status.DEGRADED, 3);
        ofSystem(S2, Status.OUTAGE, 4);
        StatusLogEntry own3 = ofSystem(S1, Status.OPERATIONAL, 5);

        assertThat(history().lastSystemChange(S1)).contains(own3);
        assertThat(history().systemChangesAfter(S1, own1.id(), 10)).containsExactly(own2, own3);
        assertThat(history().systemChangesAfter(S1, 0, 2)).containsExactly(own1, own2);
        assertThat(history().lastSystemChange(new SystemId(3))).isEmpty();
    }
}
