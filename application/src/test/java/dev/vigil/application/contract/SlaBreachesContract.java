package dev.vigil.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.port.out.SlaBreaches;
import dev.vigil.domain.sla.PeriodWindow;
import dev.vigil.domain.sla.SlaAssessment;
import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.UptimeTally;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link SlaBreaches} adapter must do. Breaches name systems by id only. */
public abstract class SlaBreachesContract {
    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00.123Z");
    private static final SlaAssessment BREACHED = SlaAssessment.assess(new SlaTarget(99.95),
            new UptimeTally(1000, 0, 1000, 0, 0, 0, 0, 0, 0, 0, 0), Duration.ZERO);

    protected abstract SlaBreaches breaches();

    private SlaBreach stored(long system, SlaPeriod period, Instant now) {
        PeriodWindow window = period.current(now);
        SlaBreach breach = SlaBreach.record(breaches().nextId(), new SystemId(system), "System " + system, period,
                window, BREACHED, now);
        breaches().save(breach);
        return breach;
    }

    @Test
    void save_thenById_returnsEveryField() {
        SlaBreach breach = stored(1, SlaPeriod.QUARTER, NOW).acknowledge("alice", NOW.plusSeconds(5));

        breaches().save(breach);

        assertThat(breaches().byId(breach.id())).get().usingRecursiveComparison().isEqualTo(breach);
    }

    @Test
    void find_isByTheSystemThePeriodKindAndItsStart() {
        SlaBreach breach = stored(1, SlaPeriod.MONTH, NOW);

        assertThat(breaches().find(new SystemId(1), SlaPeriod.MONTH, Instant.parse("2026-03-01T00:00:00Z")))
                .contains(breach);
        assertThat(breaches().find(new SystemId(1), SlaPeriod.YEAR, Instant.parse("2026-01-01T00:00:00Z"))).isEmpty();
        assertThat(breaches().find(new SystemId(2), SlaPeriod.MONTH, Instant.parse("2026-03-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void oneBreachPerSystemAndPeriod() {
        stored(1, SlaPeriod.MONTH, NOW);

        assertThatThrownBy(() -> stored(1, SlaPeriod.MONTH, NOW.plusSeconds(60))).isInstanceOf(RuntimeException.class);
        assertThat(breaches().latest(false, 10)).hasSize(1);
    }

    @Test
    void latest_isMostRecentlyDetectedFirst_optionallyUnacknowledgedOnly_orOfOneSystem() {
        SlaBreach first = stored(1, SlaPeriod.MONTH, NOW);
        SlaBreach second = stored(2, SlaPeriod.MONTH, NOW.plusSeconds(1));
        SlaBreach third = stored(1, SlaPeriod.YEAR, NOW.plusSeconds(2));
        breaches().save(second.acknowledge("bob", NOW.plusSeconds(3)));

        assertThat(breaches().latest(false, 10)).extracting(SlaBreach::id)
                .containsExactly(third.id(), second.id(), first.id());
        assertThat(breaches().latest(true, 10)).containsExactly(third, first);
        assertThat(breaches().latest(false, 1)).containsExactly(third);
        assertThat(breaches().latestOf(new SystemId(1), 10)).containsExactly(third, first);
    }
}
