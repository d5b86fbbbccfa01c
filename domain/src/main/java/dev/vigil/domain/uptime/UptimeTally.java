package dev.vigil.domain.uptime;

/**
 * How one subject's time in some stretch was spent, in milliseconds, and what its outages did there. Tallies of
 * consecutive stretches add up to the tally of the whole stretch ({@link #plus}), which is what lets days be
 * tallied once and summed later.
 *
 * @param maintenanceMs         time in maintenance: a maintenance status, or covered by a maintenance window
 * @param unknownMs             time without data: status unknown, or before the subject existed
 * @param outagesStarted        outage periods that began in the stretch
 * @param outagesEnded          outage periods that ended in the stretch
 * @param endedOutageMs         the full lengths of the outages that ended in the stretch, summed
 * @param longestEndedOutageMs  the full length of the longest of them
 * @param failuresAfterRecovery outages that began in the stretch after an earlier outage had ended
 * @param betweenFailuresMs     the time from the end of the earlier outage to the start of each of those, summed
 */
public record UptimeTally(long operationalMs, long degradedMs, long outageMs, long maintenanceMs, long unknownMs,
                          long outagesStarted, long outagesEnded, long endedOutageMs, long longestEndedOutageMs,
                          long failuresAfterRecovery, long betweenFailuresMs) {
    public static final UptimeTally ZERO = new UptimeTally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public UptimeTally {
        if (operationalMs < 0 || degradedMs < 0 || outageMs < 0 || maintenanceMs < 0 || unknownMs < 0
                || outagesStarted < 0 || outagesEnded < 0 || endedOutageMs < 0 || longestEndedOutageMs < 0
                || failuresAfterRecovery < 0 || betweenFailuresMs < 0) {
            throw new IllegalArgumentException("a tally cannot hold negative amounts");
        }
        if (longestEndedOutageMs > endedOutageMs) {
            throw new IllegalArgumentException("the longest outage cannot be longer than all ended outages together");
        }
    }

    /** The tally of this stretch followed by {@code next}. */
    public UptimeTally plus(UptimeTally next) {
        return new UptimeTally(operationalMs + next.operationalMs, degradedMs + next.degradedMs,
                outageMs + next.outageMs, maintenanceMs + next.maintenanceMs, unknownMs + next.unknownMs,
                outagesStarted + next.outagesStarted, outagesEnded + next.outagesEnded,
                endedOutageMs + next.endedOutageMs, Math.max(longestEndedOutageMs, next.longestEndedOutageMs),
                failuresAfterRecovery + next.failuresAfterRecovery, betweenFailuresMs + next.betweenFailuresMs);
    }

    /** Time that counts for uptime and availability: everything except maintenance and unknown. */
    public long countedMs() {
        return operationalMs + degradedMs + outageMs;
    }

    /** Counted time not in outage. */
    public long availableMs() {
        return operationalMs + degradedMs;
    }

    /** Counted time not operational (degraded or outage). */
    public long downtimeMs() {
        return degradedMs + outageMs;
    }

    public long totalMs() {
        return countedMs() + maintenanceMs + unknownMs;
    }

    UptimeTally withTime(long operational, long degraded, long outage, long maintenance, long unknown) {
        return new UptimeTally(operationalMs + operational, degradedMs + degraded, outageMs + outage,
                maintenanceMs + maintenance, unknownMs + unknown, outagesStarted, outagesEnded, endedOutageMs,
                longestEndedOutageMs, failuresAfterRecovery, betweenFailuresMs);
    }

    UptimeTally withOutageStarted(long sinceLastOutageMs) {
        boolean afterRecovery = sinceLastOutageMs >= 0;
        return new UptimeTally(operationalMs, degradedMs, outageMs, maintenanceMs, unknownMs, outagesStarted + 1,
                outagesEnded, endedOutageMs, longestEndedOutageMs, failuresAfterRecovery + (afterRecovery ? 1 : 0),
                betweenFailuresMs + (afterRecovery ? sinceLastOutageMs : 0));
    }

    UptimeTally withOutageEnded(long lengthMs) {
        return new UptimeTally(operationalMs, degradedMs, outageMs, maintenanceMs, unknownMs, outagesStarted,
                outagesEnded + 1, endedOutageMs + lengthMs, Math.max(longestEndedOutageMs, lengthMs),
                failuresAfterRecovery, betweenFailuresMs);
    }
}
