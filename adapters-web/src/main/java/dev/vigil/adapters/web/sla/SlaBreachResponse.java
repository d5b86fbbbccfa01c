package dev.vigil.adapters.web.sla;

import dev.vigil.domain.sla.SlaBreach;
import java.time.Instant;

/** A recorded SLA breach; {@code availability_percent} is what was measured when it was detected. */
public record SlaBreachResponse(long id, long systemId, String systemName, String period, Instant periodStart,
                                Instant periodEnd, double slaTarget, double availabilityPercent,
                                double errorBudgetSeconds, double budgetSpentSeconds, Instant detectedAt,
                                boolean acknowledged, String acknowledgedBy, Instant acknowledgedAt) {

    public static SlaBreachResponse of(SlaBreach b) {
        return new SlaBreachResponse(b.id().value(), b.system().value(), b.systemName(), b.period().wireName(),
                b.periodStart(), b.periodEnd(), b.target(), b.availability(), b.budget().toMillis() / 1000.0,
                b.spent().toMillis() / 1000.0, b.detectedAt(), b.isAcknowledged(), b.acknowledgedBy().orElse(null),
                b.acknowledgedAt().orElse(null));
    }
}
