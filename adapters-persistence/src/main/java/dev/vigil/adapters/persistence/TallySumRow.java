package dev.vigil.adapters.persistence;

import dev.vigil.domain.uptime.Subject;
import dev.vigil.domain.uptime.UptimeTally;

/** One subject's day tallies added up by SQL, for ranges longer than the sparse table answers. */
public record TallySumRow(String subjectKind, long subjectId, long operationalMs, long degradedMs, long outageMs,
                          long maintenanceMs, long unknownMs, long outagesStarted, long outagesEnded,
                          long endedOutageMs, long longestEndedOutageMs, long failuresAfterRecovery,
                          long betweenFailuresMs) {

    Subject subject() {
        return new Subject(Columns.enumOf(Subject.Kind.class, subjectKind), subjectId);
    }

    UptimeTally tally() {
        return new UptimeTally(operationalMs, degradedMs, outageMs, maintenanceMs, unknownMs, outagesStarted,
                outagesEnded, endedOutageMs, longestEndedOutageMs, failuresAfterRecovery, betweenFailuresMs);
    }
}
