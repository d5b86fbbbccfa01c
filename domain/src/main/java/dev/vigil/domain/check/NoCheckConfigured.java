package dev.vigil.domain.check;

import dev.vigil.domain.DomainRuleViolation;
import dev.vigil.domain.system.DependencyId;

/** The action needs a check of some kind, and the dependency has none, or one of another kind. */
public final class NoCheckConfigured extends DomainRuleViolation {
    private static final long serialVersionUID = 1L;

    public NoCheckConfigured(DependencyId dependency, String what) {
        super("dependency " + dependency + " has no " + what);
    }
}
