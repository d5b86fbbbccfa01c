package dev.vigil.adapters.web.sla;

import dev.vigil.application.port.in.sla.SlaStatus;
import dev.vigil.domain.sla.SlaAssessment;
import java.time.Instant;

/**
 * A system's SLA compliance in a period: measured from {@code period_start} to {@code period_end}; a calendar period
 * runs on to {@code period_ends_at}, for which the error budget is reckoned. Durations in seconds.
 */
public record SlaStatusResponse(long systemId, String systemName, String period, Instant periodStart,
                                Instant periodEnd, Instant periodEndsAt, double slaTarget, double availabilityPercent,
                                double uptimePercent, boolean met, double errorBudgetSeconds,
                                double budgetSpentSeconds, double budgetRemainingSeconds, Double burnRate,
                                String summary, double countedSeconds, double maintenanceSeconds) {

    public static SlaStatusResponse of(SlaStatus s) {
        SlaAssessment a = s.assessment();
        return new SlaStatusResponse(s.system().id().value(), s.system().name(), s.period().wireName(),
                s.window().from(), s.window().to(), s.window().end(), a.target(), a.availability(),
                s.figures().uptimePercent(), a.met(), a.budget().toMillis() / 1000.0, a.spent().toMillis() / 1000.0,
                a.remaining().toMillis() / 1000.0, a.burnRate().orElse(null), a.summary().wireName(),
                s.figures().tally().countedMs() / 1000.0, s.figures().tally().maintenanceMs() / 1000.0);
    }
}
