package dev.vigil.domain.sla;

import dev.vigil.domain.DomainRuleViolation;

/** A breach is acknowledged once: who took note, and when, stays on record. */
public final class BreachAlreadyAcknowledged extends DomainRuleViolation {
    private static final long serialVersionUID = 1L;

    public BreachAlreadyAcknowledged(SlaBreach breach) {
        super("breach " + breach.id() + " was already acknowledged by " + breach.acknowledgedBy().orElse("")
                + " at " + breach.acknowledgedAt().map(Object::toString).orElse(""));
    }
}
