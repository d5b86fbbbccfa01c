package dev.vigil.domain.webhook;

/** The identity of a webhook: a positive integer. */
public record WebhookId(long value) {
    public WebhookId {
        if (value <= 0) {
            throw new IllegalArgumentException("webhook id must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
