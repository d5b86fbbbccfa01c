package dev.vigil.domain.maintenance;

import dev.vigil.domain.DomainRuleViolation;

/** The maintenance window cannot change that way in its state (a completed window is history, for one). */
public final class MaintenanceRuleViolation extends DomainRuleViolation {
    private static final long serialVersionUID = 1L;

    public MaintenanceRuleViolation(String message) {
        super(message);
    }
}
