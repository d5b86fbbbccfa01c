package dev.vigil.adapters.persistence;

import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaBreachId;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.system.SystemId;
import java.time.Duration;
import java.util.Optional;

/** A row of the {@code sla_breaches} table. */
public record SlaBreachRow(long id, long systemId, String systemName, String period, long periodStart, long periodEnd,
                           double target, double availability, long budgetMs, long spentMs, long detectedAt,
                           String acknowledgedBy, Long acknowledgedAt) {

    static SlaBreachRow of(SlaBreach b) {
        return new SlaBreachRow(b.id().value(), b.system().value(), b.systemName(), b.period().wireName(),
                Columns.millis(b.periodStart()), Columns.millis(b.periodEnd()), b.target(), b.availability(),
                b.budget().toMillis(), b.spent().toMillis(), Columns.millis(b.detectedAt()),
                b.acknowledgedBy().orElse(null), Columns.millis(b.acknowledgedAt()));
    }

    SlaBreach toDomain() {
        return SlaBreach.restore(new SlaBreachId(id), new SystemId(systemId), systemName, SlaPeriod.fromWire(period),
                Columns.instant(periodStart), Columns.instant(periodEnd), target, availability,
                Duration.ofMillis(budgetMs), Duration.ofMillis(spentMs), Columns.instant(detectedAt),
                Optional.ofNullable(acknowledgedBy), Columns.instant(acknowledgedAt));
    }
}
