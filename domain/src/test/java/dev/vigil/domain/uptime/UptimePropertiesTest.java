package dev.vigil.domain.uptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.vigil.domain.status.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties that hold for every timeline, checked on thousands of random ones. Each case is built from its own seed,
 * which a failure message names, so a failure can be replayed.
 */
class UptimePropertiesTest {
    private static final int CASES = 3_000;
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Status[] STATUSES = Status.values();

    /** A random timeline and a window inside it. */
    private record Case(long seed, StatusTimeline timeline, Interval window, List<Transition> transitions,
                        TimelineState initial, List<Interval> maintenance) {
    }

    /**
     * Times fall on whole minutes of a span of up to ten days, so that changes, window edges and split points often
     * coincide: the edges are where such code breaks.
     */
    private static Case randomCase(long seed) {
        Random random = new Random(seed);
        int minutes = 60 * 24 * (1 + random.nextInt(10));
        Status first = STATUSES[random.nextInt(STATUSES.length)];
        TimelineState initial = new TimelineState(first, minute(-random.nextInt(1000)),
                random.nextBoolean() ? Optional.of(minute(-1000 - random.nextInt(1000))) : Optional.empty());
        List<Transition> transitions = new ArrayList<>();
        int t = 0;
        int changes = random.nextInt(40);
        for (int i = 0; i < changes; i++) {
            t += random.nextInt(minutes / Math.max(1, changes) + 1);
            if (t >= minutes) {
                break;
            }
            transitions.add(new Transition(minute(t), STATUSES[random.nextInt(STATUSES.length)]));
        }
        List<Interval> maintenance = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            int start = random.nextInt(minutes);
            maintenance.add(new Interval(minute(start), minute(start + random.nextInt(minutes / 4 + 1))));
        }
        int a = random.nextInt(minutes / 2);
        int b = a + random.nextInt(minutes - a + 1);
        return new Case(seed, StatusTimeline.of(T0, initial, transitions, maintenance),
                new Interval(minute(a), minute(b)), transitions, initial, maintenance);
    }

    private static Instant minute(int n) {
        return T0.plus(Duration.ofMinutes(n));
    }

    private static UptimeFigures figures(StatusTimeline timeline, Interval window) {
        StatusTimeline.Tally t = timeline.tally(window);
        return UptimeFigures.of(t.tally(), t.atStart(), t.atEnd(), window.end());
    }

    @Test
    void percentagesStayWithinZeroAndHundred_andAvailabilityIsNeverBelowUptime() {
        for (long seed = 1; seed <= CASES; seed++) {
            Case c = randomCase(seed);

            UptimeFigures f = figures(c.timeline(), c.window());

            assertThat(f.uptimePercent()).as("seed %d", seed).isBetween(0.0, 100.0);
            assertThat(f.availabilityPercent()).as("seed %d", seed).isBetween(0.0, 100.0);
            assertThat(f.availabilityPercent()).as("seed %d", seed).isGreaterThanOrEqualTo(f.uptimePercent());
            assertThat(f.tally().totalMs()).as("seed %d: every millisecond is accounted for", seed)
                    .isEqualTo(c.window().millis());
        }
    }

    @Test
    void maintenanceOverAnOutage_neverLowersAvailability() {
        int tried = 0;
        for (long seed = 1; seed <= CASES; seed++) {
            Case c = randomCase(seed);
            Optional<Interval> outage = someOutageInside(c, new Random(seed * 31));
            if (outage.isEmpty()) {
                continue;
            }
            tried++;
            List<Interval> withMore = new ArrayList<>(c.maintenance());
            withMore.add(outage.get());
            StatusTimeline covered = StatusTimeline.of(T0, c.initial(), c.transitions(), withMore);

            double before = figures(c.timeline(), c.window()).availabilityPercent();
            double after = figures(covered, c.window()).availabilityPercent();

            assertThat(after).as("seed %d", seed).isGreaterThanOrEqualTo(before - 1e-9);
        }
        assertThat(tried).as("enough cases had an outage to cover").isGreaterThan(CASES / 10);
    }

    @Test
    void splittingAWindow_andRecombiningByCountedTime_givesTheSameFigures() {
        for (long seed = 1; seed <= CASES; seed++) {
            Case c = randomCase(seed);
            Random random = new Random(seed * 17);
            Instant middle = c.window().start().plus(Duration.ofMinutes(
                    random.nextInt((int) c.window().duration().toMinutes() + 1)));
            Interval first = new Interval(c.window().start(), middle);
            Interval second = new Interval(middle, c.window().end());

            StatusTimeline.Tally whole = c.timeline().tally(c.window());
            StatusTimeline.Tally a = c.timeline().tally(first);
            StatusTimeline.Tally b = c.timeline().tally(second);
            // The second half as the daily store computes it: a fresh timeline from the first half's end state.
            StatusTimeline resumed = StatusTimeline.of(middle, a.atEnd(),
                    c.transitions().stream().filter(t -> !t.at().isBefore(middle)).toList(), c.maintenance());
            StatusTimeline.Tally bResumed = resumed.tally(second);

            assertThat(a.tally().plus(b.tally())).as("seed %d", seed).isEqualTo(whole.tally());
            assertThat(bResumed.tally()).as("seed %d", seed).isEqualTo(b.tally());
            assertThat(bResumed.atEnd()).as("seed %d", seed).isEqualTo(whole.atEnd());
            long counted = a.tally().countedMs() + b.tally().countedMs();
            if (counted > 0) {
                double recombined = (availability(a) * a.tally().countedMs() + availability(b) * b.tally().countedMs())
                        / counted;
                assertThat(recombined).as("seed %d", seed)
                        .isCloseTo(figures(c.timeline(), c.window()).availabilityPercent(), within(1e-9));
            }
        }
    }

    private static double availability(StatusTimeline.Tally t) {
        return UptimeFigures.percent(t.tally().availableMs(), t.tally().countedMs());
    }

    /** A stretch inside the window during which the status is outage throughout, if the case has one. */
    private static Optional<Interval> someOutageInside(Case c, Random random) {
        List<Interval> outages = new ArrayList<>();
        Status status = c.initial().status();
        Instant position = T0;
        for (Transition t : c.transitions()) {
            if (status == Status.OUTAGE) {
                outages.add(new Interval(position, t.at()));
            }
            status = t.to();
            position = t.at();
        }
        if (status == Status.OUTAGE) {
            outages.add(new Interval(position, c.window().end().isAfter(position) ? c.window().end() : position));
        }
        List<Interval> inside = outages.stream().map(o -> o.intersection(c.window())).flatMap(Optional::stream).toList();
        if (inside.isEmpty()) {
            return Optional.empty();
        }
        Interval chosen = inside.get(random.nextInt(inside.size()));
        int length = (int) chosen.duration().toMinutes();
        int from = random.nextInt(length + 1);
        int to = from + random.nextInt(length - from + 1);
        return Optional.of(new Interval(chosen.start().plus(Duration.ofMinutes(from)),
                chosen.start().plus(Duration.ofMinutes(to))));
    }
}
