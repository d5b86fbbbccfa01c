package dev.vigil.application.port.in.webhook;

import dev.vigil.domain.webhook.SendOutcome;
import dev.vigil.domain.webhook.WebhookId;

/** Sends a test message to a webhook now, outside the outbox, and reports what really happened. */
public interface TestWebhook {
    SendOutcome test(WebhookId id);
}
