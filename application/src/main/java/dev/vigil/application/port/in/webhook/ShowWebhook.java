package dev.vigil.application.port.in.webhook;

import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookId;

/** One webhook. */
public interface ShowWebhook {
    Webhook show(WebhookId id);
}
