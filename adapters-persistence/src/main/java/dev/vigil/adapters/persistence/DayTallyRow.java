package dev.vigil.adapters.persistence;

import dev.vigil.domain.status.Status;
import dev.vigil.domain.uptime.DayTally;
import dev.vigil.domain.uptime.Subject;
import dev.vigil.domain.uptime.TimelineState;
import dev.vigil.domain.uptime.UptimeTally;
import java.time.LocalDate;

/**
 * A row of the {@code status_day_tallies} table; summed over days it also carries a subject's total (then the end
 * state columns are those of no particular day and unused).
 */
public record DayTallyRow(long day, String subjectKind, long subjectId, long operationalMs, long degradedMs,
                          long outageMs, long maintenanceMs, long unknownMs, long outagesStarted, long outagesEnded,
                          long endedOutageMs, long longestEndedOutageMs, long failuresAfterRecovery,
                          long betweenFailuresMs, String endStatus, long endSince, Long endLastOutageEnd) {

    static DayTallyRow of(DayTally t) {
        UptimeTally u = t.tally();
        TimelineState end = t.atEnd();
        return new DayTallyRow(t.day().toEpochDay(), Columns.name(t.subject().kind()), t.subject().id(),
                u.operationalMs(), u.degradedMs(), u.outageMs(), u.maintenanceMs(), u.unknownMs(), u.outagesStarted(),
                u.outagesEnded(), u.endedOutageMs(), u.longestEndedOutageMs(), u.failuresAfterRecovery(),
                u.betweenFailuresMs(), Columns.name(end.status()), Columns.millis(end.since()),
                Columns.millis(end.lastOutageEnd()));
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

    LocalDate localDay() {
        return LocalDate.ofEpochDay(day);
    }
}
