package dev.vigil.domain.system;

import dev.vigil.domain.DomainRuleViolation;

/** Two systems cannot share a page slug. */
public final class SlugAlreadyTaken extends DomainRuleViolation {
    private static final long serialVersionUID = 1L;

    public SlugAlreadyTaken(Slug slug) {
        super("slug '" + slug.value() + "' is already used by another system");
    }
}
