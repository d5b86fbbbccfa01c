package dev.vigil.application.service;

import dev.vigil.application.port.in.webhook.ListWebhooks;
import dev.vigil.application.port.out.Webhooks;
import dev.vigil.domain.webhook.Webhook;
import java.util.List;

/** Lists every webhook. */
public final class ListWebhooksService implements ListWebhooks {
    private final Webhooks webhooks;

    public ListWebhooksService(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Override
    public List<Webhook> list() {
        return webhooks.all();
    }
}
