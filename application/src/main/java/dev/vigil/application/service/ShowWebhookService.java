package dev.vigil.application.service;

import dev.vigil.application.port.in.webhook.ShowWebhook;
import dev.vigil.application.port.in.webhook.UnknownWebhook;
import dev.vigil.application.port.out.Webhooks;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookId;

/** Shows one webhook. */
public final class ShowWebhookService implements ShowWebhook {
    private final Webhooks webhooks;

    public ShowWebhookService(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Override
    public Webhook show(WebhookId id) {
        return webhooks.byId(id).orElseThrow(() -> new UnknownWebhook(id));
    }
}
