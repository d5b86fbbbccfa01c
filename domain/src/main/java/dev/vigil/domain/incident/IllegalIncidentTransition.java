package dev.vigil.domain.incident;

import dev.vigil.domain.DomainRuleViolation;

/** The incident cannot make the requested move: it is resolved, already in that state, or already acknowledged. */
public final class IllegalIncidentTransition extends DomainRuleViolation {
    private static final long serialVersionUID = 1L;

    public IllegalIncidentTransition(String message) {
        super(message);
    }
}
