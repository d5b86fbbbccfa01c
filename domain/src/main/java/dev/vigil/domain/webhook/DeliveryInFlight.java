package dev.vigil.domain.webhook;

import dev.vigil.domain.DomainRuleViolation;

/** A delivery that is being sent right now cannot be sent again until that attempt has ended. */
public final class DeliveryInFlight extends DomainRuleViolation {
    private static final long serialVersionUID = 1L;

    public DeliveryInFlight(DeliveryId id) {
        super("delivery " + id + " is being sent right now; retry it once this attempt has ended");
    }
}
