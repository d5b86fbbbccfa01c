package dev.vigil.adapters.persistence;

import dev.vigil.domain.status.Status;
import dev.vigil.domain.uptime.DayTally;
import dev.vigil.domain.uptime.Subject;
import dev.vigil.domain.uptime.TimelineState;
import dev.vigil.domain.uptime.UptimeTally;

/**
 * A row of the {@code status_day_tallies} table: one subject's day, its running totals through the day, and the
 * longest outage ended within the 2^k days ending with it ({@link #block}).
 */
public record DayTallyRow(long day, String subjectKind, long subjectId, long operationalMs, long degradedMs,
                          long outageMs, long maintenanceMs, long unknownMs, long outagesStarted, long outagesEnded,
                          long endedOutageMs, long longestEndedOutageMs, long failuresAfterRecovery,
                          long betweenFailuresMs, long totalOperationalMs, long totalDegradedMs, long totalOutageMs,
                          long totalMaintenanceMs, long totalUnknownMs, long totalOutagesStarted,
                          long totalOutagesEnded, long totalEndedOutageMs, long totalFailuresAfterRecovery,
                          long totalBetweenFailuresMs, long longest2d, long longest4d, long longest8d,
                          long longest16d, long longest32d, long longest64d, long longest128d, long longest256d,
                          String endStatus, long endSince, Long endLastOutageEnd) {
    /** The largest k for which {@link #block} is kept: ranges up to 2 × 2^8 days are answered from two rows. */
    static final int MAX_BLOCK = 8;

    /**
     * The row of {@code t}, given the subject's row of the day before (null on its first day) and {@code earlier},
     * where {@code earlier[k]} is its row of 2^(k-1) days before (null when it has none), for k = 1 … 8.
     */
    static DayTallyRow of(DayTally t, DayTallyRow yesterday, DayTallyRow[] earlier) {
        UptimeTally u = t.tally();
        TimelineState end = t.atEnd();
        long[] blocks = new long[MAX_BLOCK + 1];
        blocks[0] = u.longestEndedOutageMs();
        for (int k = 1; k <= MAX_BLOCK; k++) {
            blocks[k] = Math.max(blocks[k - 1], earlier[k] == null ? 0 : earlier[k].block(k - 1));
        }
        DayTallyRow y = yesterday;
        return new DayTallyRow(t.day().toEpochDay(), Columns.name(t.subject().kind()), t.subject().id(),
                u.operationalMs(), u.degradedMs(), u.outageMs(), u.maintenanceMs(), u.unknownMs(), u.outagesStarted(),
                u.outagesEnded(), u.endedOutageMs(), u.longestEndedOutageMs(), u.failuresAfterRecovery(),
                u.betweenFailuresMs(),
                (y == null ? 0 : y.totalOperationalMs) + u.operationalMs(),
                (y == null ? 0 : y.totalDegradedMs) + u.degradedMs(),
                (y == null ? 0 : y.totalOutageMs) + u.outageMs(),
                (y == null ? 0 : y.totalMaintenanceMs) + u.maintenanceMs(),
                (y == null ? 0 : y.totalUnknownMs) + u.unknownMs(),
                (y == null ? 0 : y.totalOutagesStarted) + u.outagesStarted(),
                (y == null ? 0 : y.totalOutagesEnded) + u.outagesEnded(),
                (y == null ? 0 : y.totalEndedOutageMs) + u.endedOutageMs(),
                (y == null ? 0 : y.totalFailuresAfterRecovery) + u.failuresAfterRecovery(),
                (y == null ? 0 : y.totalBetweenFailuresMs) + u.betweenFailuresMs(),
                blocks[1], blocks[2], blocks[3], blocks[4], blocks[5], blocks[6], blocks[7], blocks[8],
                Columns.name(end.status()), Columns.millis(end.since()), Columns.millis(end.lastOutageEnd()));
    }

    /** The longest outage that ended within the 2^k days ending with this day. */
    long block(int k) {
        return switch (k) {
            case 0 -> longestEndedOutageMs;
            case 1 -> longest2d;
            case 2 -> longest4d;
            case 3 -> longest8d;
            case 4 -> longest16d;
            case 5 -> longest32d;
            case 6 -> longest64d;
            case 7 -> longest128d;
            case 8 -> longest256d;
            default -> throw new IllegalArgumentException("no block of 2^" + k + " days");
        };
    }

    /** The days after {@code before} through this one, added up; {@code before} null means from the first day. */
    UptimeTally since(DayTallyRow before, long longest) {
        DayTallyRow b = before;
        return new UptimeTally(totalOperationalMs - (b == null ? 0 : b.totalOperationalMs),
                totalDegradedMs - (b == null ? 0 : b.totalDegradedMs),
                totalOutageMs - (b == null ? 0 : b.totalOutageMs),
                totalMaintenanceMs - (b == null ? 0 : b.totalMaintenanceMs),
                totalUnknownMs - (b == null ? 0 : b.totalUnknownMs),
                totalOutagesStarted - (b == null ? 0 : b.totalOutagesStarted),
                totalOutagesEnded - (b == null ? 0 : b.totalOutagesEnded),
                totalEndedOutageMs - (b == null ? 0 : b.totalEndedOutageMs), longest,
                totalFailuresAfterRecovery - (b == null ? 0 : b.totalFailuresAfterRecovery),
                totalBetweenFailuresMs - (b == null ? 0 : b.totalBetweenFailuresMs));
    }

    Subject subject() {
        return new Subject(Columns.enumOf(Subject.Kind.class, subjectKind), subjectId);
    }

    UptimeTally tally() {
        return new UptimeTally(operationalMs, degradedMs, outageMs, maintenanceMs, unknownMs, outagesStarted,
                outagesEnded, endedOutageMs, longestEndedOutageMs, failuresAfterRecovery, betweenFailuresMs);
    }

    TimelineState atEnd() {
        return new TimelineState(Columns.enumOf(Status.class, endStatus), Columns.instant(endSince),
                Columns.instant(endLastOutageEnd));
    }
}
