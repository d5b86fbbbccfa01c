package dev.vigil.domain.uptime;

import dev.vigil.domain.status.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a tally means to a person: uptime (operational ÷ counted time), availability (not in outage ÷ counted
 * time), outage counts, the longest outage, MTTR and MTBF. With no counted time both percentages are 100: nothing
 * was seen to go wrong.
 *
 * @param outages       outage periods that overlap the window (those in force at its start included)
 * @param longestOutage the longest outage that ended in the window or was still going on at its end, at full length
 * @param mttr          the mean full length of the outages that ended in the window; empty when none did
 * @param mtbf          the mean time from the end of one outage to the start of the next, over the outages that
 *                      started in the window after an earlier one; empty when none did
 */
public record UptimeFigures(UptimeTally tally, double uptimePercent, double availabilityPercent, long outages,
                            Duration longestOutage, Optional<Duration> mttr, Optional<Duration> mtbf) {
    public UptimeFigures {
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(longestOutage, "longestOutage");
        Objects.requireNonNull(mttr, "mttr");
        Objects.requireNonNull(mtbf, "mtbf");
    }

    /**
     * The figures of a window.
     *
     * @param atStart the state in force at the window's start
     * @param atEnd   the state in force at the window's end
     * @param end     the window's end
     */
    public static UptimeFigures of(UptimeTally tally, TimelineState atStart, TimelineState atEnd, Instant end) {
        long ongoing = atEnd.status() == Status.OUTAGE ? Math.max(0, end.toEpochMilli() - atEnd.since().toEpochMilli()) : 0;
        long outages = tally.outagesStarted() + (atStart.status() == Status.OUTAGE ? 1 : 0);
        Optional<Duration> mttr = tally.outagesEnded() == 0 ? Optional.empty()
                : Optional.of(Duration.ofMillis(tally.endedOutageMs() / tally.outagesEnded()));
        Optional<Duration> mtbf = tally.failuresAfterRecovery() == 0 ? Optional.empty()
                : Optional.of(Duration.ofMillis(tally.betweenFailuresMs() / tally.failuresAfterRecovery()));
        return new UptimeFigures(tally, percent(tally.operationalMs(), tally.countedMs()),
                percent(tally.availableMs(), tally.countedMs()), outages,
                Duration.ofMillis(Math.max(tally.longestEndedOutageMs(), ongoing)), mttr, mtbf);
    }

    /**
     * The figures of several subjects taken together: time is pooled (total available subject-time ÷ total counted
     * subject-time, not a mean of percentages), outage counts add up, MTTR and MTBF pool every outage, and the
     * longest outage is the longest of any subject.
     */
    public static UptimeFigures pooled(java.util.Collection<UptimeFigures> figures) {
        UptimeTally total = UptimeTally.ZERO;
        long outages = 0;
        Duration longest = Duration.ZERO;
        for (UptimeFigures f : figures) {
            total = total.plus(f.tally());
            outages += f.outages();
            longest = f.longestOutage().compareTo(longest) > 0 ? f.longestOutage() : longest;
        }
        Optional<Duration> mttr = total.outagesEnded() == 0 ? Optional.empty()
                : Optional.of(Duration.ofMillis(total.endedOutageMs() / total.outagesEnded()));
        Optional<Duration> mtbf = total.failuresAfterRecovery() == 0 ? Optional.empty()
                : Optional.of(Duration.ofMillis(total.betweenFailuresMs() / total.failuresAfterRecovery()));
        return new UptimeFigures(total, percent(total.operationalMs(), total.countedMs()),
                percent(total.availableMs(), total.countedMs()), outages, longest, mttr, mtbf);
    }

    /** {@code part} of {@code whole} in percent; 100 when there is no whole. */
    public static double percent(long part, long whole) {
        if (whole <= 0) {
            return 100.0;
        }
        return Math.min(100.0, Math.max(0.0, part * 100.0 / whole));
    }
}
