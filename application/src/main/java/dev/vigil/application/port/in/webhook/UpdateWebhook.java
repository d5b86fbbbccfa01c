package dev.vigil.application.port.in.webhook;

import dev.vigil.domain.webhook.Webhook;

/** Changes the given settings of a webhook and keeps the rest. */
public interface UpdateWebhook {
    Webhook update(UpdateWebhookCommand command);
}
