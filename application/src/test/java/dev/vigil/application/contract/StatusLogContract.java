package dev.vigil.application.contract;

import static dev.vigil.domain.system.SystemFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.port.out.StatusLog;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link StatusLog} adapter must do. Entries need no stored system: history outlives its subject. */
public abstract class StatusLogContract {
    private static final SystemId S1 = new SystemId(1);
    private static final SystemId S2 = new SystemId(2);
    private static final DependencyId D1 = new DependencyId(10);

    protected abstract StatusLog log();

    private StatusLogEntry systemChange(SystemId system, int second) {
        return log().append(StatusChange.ofSystem(system, Status.OPERATIONAL, Status.OUTAGE, "down " + second,
                StatusSource.MANUAL, Optional.empty(), T0.plusSeconds(second)));
    }

    private StatusLogEntry dependencyChange(DependencyId dependency, int second) {
        return log().append(StatusChange.ofDependency(S1, dependency, Status.OPERATIONAL, Status.DEGRADED,
                "slow " + second, StatusSource.CHECK, T0.plusSeconds(second)));
    }

    @Test
    void append_keepsEveryField() {
        StatusChange change = StatusChange.ofSystem(S1, Status.DEGRADED, Status.OUTAGE, "Dependency DB is red\n(details)",
                StatusSource.ROLLUP, Optional.of(D1), T0.plusMillis(456));

        StatusLogEntry entry = log().append(change);

        assertThat(entry.change()).isEqualTo(change);
        assertThat(log().latest(10)).containsExactly(entry);
    }

    @Test
    void append_givesIncreasingIds() {
        StatusLogEntry first = systemChange(S1, 1);
        StatusLogEntry second = systemChange(S1, 2);

        assertThat(second.id()).isGreaterThan(first.id());
    }

    @Test
    void latest_isNewestFirst_andLimited() {
        systemChange(S1, 1);
        StatusLogEntry second = systemChange(S2, 2);
        StatusLogEntry third = dependencyChange(D1, 3);

        assertThat(log().latest(2)).containsExactly(third, second);
    }

    @Test
    void latestOfSystem_includesItsDependencies_butNotOtherSystems() {
        StatusLogEntry own = systemChange(S1, 1);
        systemChange(S2, 2);
        StatusLogEntry dependency = dependencyChange(D1, 3);

        assertThat(log().latestOfSystem(S1, 10)).containsExactly(dependency, own);
    }

    @Test
    void latestFromSource_keepsOneSource_optionallyOfOneSystemOrDependency() {
        StatusLogEntry manualS1 = systemChange(S1, 1);
        StatusLogEntry manualS2 = systemChange(S2, 2);
        StatusLogEntry checkD1 = dependencyChange(D1, 3);
        StatusLogEntry checkD11 = dependencyChange(new DependencyId(11), 4);

        assertThat(log().latestFromSource(StatusSource.MANUAL, Optional.empty(), Optional.empty(), 10))
                .containsExactly(manualS2, manualS1);
        assertThat(log().latestFromSource(StatusSource.MANUAL, Optional.of(S2), Optional.empty(), 10))
                .containsExactly(manualS2);
        assertThat(log().latestFromSource(StatusSource.CHECK, Optional.of(S1), Optional.empty(), 10))
                .containsExactly(checkD11, checkD1);
        assertThat(log().latestFromSource(StatusSource.CHECK, Optional.empty(), Optional.of(D1), 10))
                .containsExactly(checkD1);
        assertThat(log().latestFromSource(StatusSource.CHECK, Optional.empty(), Optional.empty(), 1))
                .containsExactly(checkD11);
        assertThat(log().latestFromSource(StatusSource.ROLLUP, Optional.empty(), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void latestOfDependency_isOnlyThatDependency() {
        systemChange(S1, 1);
        StatusLogEntry mine = dependencyChange(D1, 2);
        dependencyChange(new DependencyId(11), 3);

        assertThat(log().latestOfDependency(D1, 10)).containsExactly(mine);
    }

    @Test
    void emptyLog_readsAsEmptyLists() {
        assertThat(log().latest(10)).isEmpty();
        assertThat(log().latestOfSystem(S1, 10)).isEmpty();
        assertThat(log().latestOfDependency(D1, 10)).isEmpty();
    }
}
