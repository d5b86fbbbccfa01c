package dev.vigil.domain.webhook;

import java.util.Locale;

/**
 * How one attempt to send ended: delivered (a 2xx answer), failed (worth trying again: a timeout, a refused
 * connection, a 5xx, a 429), or rejected (trying again cannot help: a 4xx such as 404 or 410, a redirect, a target
 * the outbound policy refuses).
 */
public enum AttemptOutcome {
    DELIVERED, FAILED, REJECTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
