package dev.vigil.domain.uptime;

import static dev.vigil.domain.status.Status.DEGRADED;
import static dev.vigil.domain.status.Status.MAINTENANCE;
import static dev.vigil.domain.status.Status.OPERATIONAL;
import static dev.vigil.domain.status.Status.OUTAGE;
import static dev.vigil.domain.status.Status.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.vigil.domain.status.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/uptime.md, and the edges of the timeline walk. */
class StatusTimelineTest {
    private static final Instant DAY = Instant.parse("2026-03-01T00:00:00Z");
    private static final Interval WHOLE_DAY = new Interval(DAY, DAY.plus(Duration.ofDays(1)));

    private static Instant at(String hhmm) {
        return DAY.plus(Duration.ofHours(Long.parseLong(hhmm.substring(0, 2))))
                .plus(Duration.ofMinutes(Long.parseLong(hhmm.substring(3, 5))));
    }

    private static Transition to(Status status, String hhmm) {
        return new Transition(at(hhmm), status);
    }

    private static TimelineState since(Status status, Instant since) {
        return new TimelineState(status, since, Optional.empty());
    }

    private static UptimeFigures figures(StatusTimeline timeline, Interval window) {
        StatusTimeline.Tally t = timeline.tally(window);
        return UptimeFigures.of(t.tally(), t.atStart(), t.atEnd(), window.end());
    }

    @Test
    void example1_anHourOfOutageAndTwoHoursDegraded() {
        var timeline = StatusTimeline.of(DAY, since(OPERATIONAL, DAY.minus(Duration.ofDays(3))),
                List.of(to(OUTAGE, "12:00"), to(OPERATIONAL, "13:00"), to(DEGRADED, "18:00"), to(OPERATIONAL, "20:00")),
                List.of());

        UptimeFigures f = figures(timeline, WHOLE_DAY);

        assertThat(f.tally().countedMs()).isEqualTo(Duration.ofHours(24).toMillis());
        assertThat(f.uptimePercent()).isCloseTo(21 * 100.0 / 24, within(1e-9));
        assertThat(f.availabilityPercent()).isCloseTo(23 * 100.0 / 24, within(1e-9));
        assertThat(f.outages()).isEqualTo(1);
        assertThat(f.longestOutage()).isEqualTo(Duration.ofHours(1));
        assertThat(f.mttr()).contains(Duration.ofHours(1));
        assertThat(f.mtbf()).isEmpty();
    }

    @Test
    void example2_theStateInForceAtTheStartCounts_andMttrUsesTheFullOutage() {
        var timeline = StatusTimeline.of(DAY, since(OUTAGE, DAY.minus(Duration.ofHours(2))),
                List.of(to(OPERATIONAL, "02:00")), List.of());

        UptimeFigures f = figures(timeline, WHOLE_DAY);

        assertThat(f.tally().outageMs()).isEqualTo(Duration.ofHours(2).toMillis());
        assertThat(f.availabilityPercent()).isCloseTo(22 * 100.0 / 24, within(1e-9));
        assertThat(f.outages()).isEqualTo(1);
        assertThat(f.mttr()).contains(Duration.ofHours(4));
        assertThat(f.longestOutage()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void example3_aMaintenanceWindowOverAnOutageIsNotCounted() {
        var timeline = StatusTimeline.of(DAY, since(OPERATIONAL, DAY),
                List.of(to(OUTAGE, "02:00"), to(OPERATIONAL, "06:00")),
                List.of(new Interval(at("03:00"), at("05:00"))));

        UptimeFigures f = figures(timeline, WHOLE_DAY);

        assertThat(f.tally().maintenanceMs()).isEqualTo(Duration.ofHours(2).toMillis());
        assertThat(f.tally().outageMs()).isEqualTo(Duration.ofHours(2).toMillis());
        assertThat(f.tally().countedMs()).isEqualTo(Duration.ofHours(22).toMillis());
        assertThat(f.availabilityPercent()).isCloseTo(20 * 100.0 / 22, within(1e-9));
        assertThat(f.mttr()).contains(Duration.ofHours(4));
    }

    @Test
    void example4_unknownAndMaintenanceStatusAreNotCounted_andMtbfIsTheGapBetweenOutages() {
        var timeline = StatusTimeline.of(DAY, since(UNKNOWN, DAY),
                List.of(to(OPERATIONAL, "06:00"), to(OUTAGE, "08:00"), to(OPERATIONAL, "08:30"),
                        to(MAINTENANCE, "10:00"), to(OPERATIONAL, "11:00"), to(OUTAGE, "14:30"), to(OPERATIONAL, "15:00")),
                List.of());

        UptimeFigures f = figures(timeline, WHOLE_DAY);

        assertThat(f.tally().unknownMs()).isEqualTo(Duration.ofHours(6).toMillis());
        assertThat(f.tally().maintenanceMs()).isEqualTo(Duration.ofHours(1).toMillis());
        assertThat(f.tally().countedMs()).isEqualTo(Duration.ofHours(17).toMillis());
        assertThat(f.availabilityPercent()).isCloseTo(16 * 100.0 / 17, within(1e-9));
        assertThat(f.outages()).isEqualTo(2);
        assertThat(f.mttr()).contains(Duration.ofMinutes(30));
        assertThat(f.mtbf()).contains(Duration.ofHours(6));
    }

    @Test
    void anOutageStillGoingOnAtTheEnd_isTheLongest_atItsFullLength() {
        var timeline = StatusTimeline.of(DAY, since(OPERATIONAL, DAY),
                List.of(to(OUTAGE, "01:00"), to(OPERATIONAL, "02:00"), to(OUTAGE, "20:00")), List.of());

        UptimeFigures f = figures(timeline, WHOLE_DAY);

        assertThat(f.longestOutage()).isEqualTo(Duration.ofHours(4));
        assertThat(f.mttr()).contains(Duration.ofHours(1));
        assertThat(f.outages()).isEqualTo(2);
    }

    @Test
    void aRedSystemStillRedAcrossTheWholeWindow_isZeroNotHundred() {
        var timeline = StatusTimeline.of(DAY, since(OUTAGE, DAY.minus(Duration.ofDays(1))), List.of(), List.of());

        UptimeFigures f = figures(timeline, WHOLE_DAY);

        assertThat(f.availabilityPercent()).isZero();
        assertThat(f.uptimePercent()).isZero();
        assertThat(f.outages()).isEqualTo(1);
        assertThat(f.longestOutage()).isEqualTo(Duration.ofDays(2));
        assertThat(f.mttr()).isEmpty();
    }

    @Test
    void nothingCounted_readsAsHundredPercent() {
        var timeline = StatusTimeline.of(DAY, since(UNKNOWN, DAY), List.of(), List.of());

        UptimeFigures f = figures(timeline, WHOLE_DAY);

        assertThat(f.tally().countedMs()).isZero();
        assertThat(f.uptimePercent()).isEqualTo(100.0);
        assertThat(f.availabilityPercent()).isEqualTo(100.0);
    }

    @Test
    void changesBeforeTheWindow_moveTheStateButAreNotCounted() {
        var timeline = StatusTimeline.of(DAY, since(OPERATIONAL, DAY),
                List.of(to(OUTAGE, "01:00"), to(OPERATIONAL, "02:00"), to(OUTAGE, "05:00"), to(OPERATIONAL, "07:00")),
                List.of());

        StatusTimeline.Tally t = timeline.tally(new Interval(at("06:00"), at("12:00")));

        assertThat(t.atStart().status()).isEqualTo(OUTAGE);
        assertThat(t.atStart().since()).isEqualTo(at("05:00"));
        assertThat(t.tally().outageMs()).isEqualTo(Duration.ofHours(1).toMillis());
        assertThat(t.tally().outagesStarted()).isZero();
        assertThat(t.tally().outagesEnded()).isEqualTo(1);
        assertThat(t.tally().endedOutageMs()).isEqualTo(Duration.ofHours(2).toMillis());
        assertThat(t.atEnd().lastOutageEnd()).contains(at("07:00"));
    }

    @Test
    void aChangeAtTheWindowsFirstInstantBelongsToIt_oneAtItsEndDoesNot() {
        var timeline = StatusTimeline.of(DAY, since(OPERATIONAL, DAY),
                List.of(to(OUTAGE, "06:00"), to(OPERATIONAL, "12:00")), List.of());

        StatusTimeline.Tally t = timeline.tally(new Interval(at("06:00"), at("12:00")));

        assertThat(t.tally().outagesStarted()).isEqualTo(1);
        assertThat(t.tally().outagesEnded()).isZero();
        assertThat(t.atStart().status()).isEqualTo(OPERATIONAL);
        assertThat(t.atEnd().status()).isEqualTo(OUTAGE);
        assertThat(t.tally().outageMs()).isEqualTo(Duration.ofHours(6).toMillis());
    }

    @Test
    void overlappingMaintenanceWindows_areCountedOnce() {
        var timeline = StatusTimeline.of(DAY, since(OPERATIONAL, DAY), List.of(),
                List.of(new Interval(at("01:00"), at("03:00")), new Interval(at("02:00"), at("04:00")),
                        new Interval(at("04:00"), at("05:00"))));

        assertThat(timeline.tally(WHOLE_DAY).tally().maintenanceMs()).isEqualTo(Duration.ofHours(4).toMillis());
    }

    @Test
    void aWindowBeforeTheTimeline_orChangesOutOfOrder_areRefused() {
        var timeline = StatusTimeline.of(DAY, since(OPERATIONAL, DAY), List.of(), List.of());

        assertThatThrownBy(() -> timeline.tally(new Interval(DAY.minusSeconds(1), DAY)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatusTimeline.of(DAY, since(OPERATIONAL, DAY),
                List.of(to(OUTAGE, "02:00"), to(OPERATIONAL, "01:00")), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatusTimeline.of(DAY, since(OPERATIONAL, DAY.plusSeconds(1)), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pooledFigures_weighByTime_notByMeanOfPercentages() {
        var fullDayUp = figures(StatusTimeline.of(DAY, since(OPERATIONAL, DAY), List.of(), List.of()), WHOLE_DAY);
        var mostlyUnknown = figures(StatusTimeline.of(DAY, since(UNKNOWN, DAY),
                List.of(to(OUTAGE, "23:00")), List.of()), WHOLE_DAY);

        UptimeFigures overall = UptimeFigures.pooled(List.of(fullDayUp, mostlyUnknown));

        assertThat(mostlyUnknown.availabilityPercent()).isZero();
        assertThat(overall.availabilityPercent()).isCloseTo(24 * 100.0 / 25, within(1e-9));
        assertThat(overall.outages()).isEqualTo(1);
        assertThat(overall.longestOutage()).isEqualTo(Duration.ofHours(1));
    }
}
