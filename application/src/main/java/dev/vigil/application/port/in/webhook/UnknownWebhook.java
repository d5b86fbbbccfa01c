package dev.vigil.application.port.in.webhook;

import dev.vigil.application.port.in.EntityNotFound;
import dev.vigil.domain.webhook.WebhookId;

/** No webhook has this id. */
public final class UnknownWebhook extends EntityNotFound {
    private static final long serialVersionUID = 1L;

    public UnknownWebhook(WebhookId id) {
        super("webhook " + id + " not found");
    }
}
