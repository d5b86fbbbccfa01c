package dev.vigil.domain.sla;

import dev.vigil.domain.event.DomainEvent;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.SystemId;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A system exhausted its error budget for a calendar period; told once per system and period, with what was measured
 * when it was detected: availability against target, the budget (allowed downtime) and how much outage spent it.
 */
public record SlaBreached(SlaBreachId breach, SystemId system, String systemName, SlaPeriod period,
                          Instant periodStart, Instant periodEnd, double target, double availability,
                          Duration budget, Duration spent, Instant occurredAt) implements DomainEvent {
    public SlaBreached {
        Objects.requireNonNull(breach, "breach");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(systemName, "systemName");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(spent, "spent");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public static SlaBreached of(SlaBreach breach) {
        return new SlaBreached(breach.id(), breach.system(), breach.systemName(), breach.period(),
                breach.periodStart(), breach.periodEnd(), breach.target(), breach.availability(), breach.budget(),
                breach.spent(), breach.detectedAt());
    }

    @Override
    public EventType type() {
        return EventType.SLA_BREACH;
    }

    @Override
    public Set<SystemId> systems() {
        return Set.of(system);
    }

    @Override
    public String summary() {
        return String.format(Locale.ROOT, "SLA breach: %s exhausted its error budget for the %s from %s to %s "
                + "(availability %.3f%%, target %.3f%%)", systemName, period.wireName(), periodStart, periodEnd,
                availability, target);
    }
}
