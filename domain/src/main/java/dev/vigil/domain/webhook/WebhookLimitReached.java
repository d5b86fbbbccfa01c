package dev.vigil.domain.webhook;

import dev.vigil.domain.DomainRuleViolation;

/** Vigil keeps at most a fixed number of webhooks, so that one event never fans out without bound. */
public final class WebhookLimitReached extends DomainRuleViolation {
    private static final long serialVersionUID = 1L;
    public static final int MAX_WEBHOOKS = 100;

    public WebhookLimitReached() {
        super("there are already " + MAX_WEBHOOKS + " webhooks, the most Vigil keeps; delete one first");
    }
}
