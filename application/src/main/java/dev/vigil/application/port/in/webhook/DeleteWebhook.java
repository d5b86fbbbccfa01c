package dev.vigil.application.port.in.webhook;

import dev.vigil.domain.webhook.WebhookId;

/** Removes a webhook with every delivery to it: nothing more is sent to it. */
public interface DeleteWebhook {
    void delete(WebhookId id);
}
