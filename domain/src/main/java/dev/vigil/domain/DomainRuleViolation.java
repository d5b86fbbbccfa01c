package dev.vigil.domain;

/** A business rule that the requested change would break; the request was well-formed but cannot be honoured. */
public abstract class DomainRuleViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected DomainRuleViolation(String message) {
        super(message);
    }
}
