package dev.vigil.domain.apikey;

import dev.vigil.domain.DomainRuleViolation;

/** The key provisioned by {@code VIGIL_ADMIN_KEY} exists as long as the variable is set; it is not revoked through the API. */
public final class ManagedKeyCannotBeRevoked extends DomainRuleViolation {
    private static final long serialVersionUID = 1L;

    public ManagedKeyCannotBeRevoked(ApiKeyId id) {
        super("API key " + id + " is provisioned by VIGIL_ADMIN_KEY; unset the variable and restart to remove it");
    }
}
