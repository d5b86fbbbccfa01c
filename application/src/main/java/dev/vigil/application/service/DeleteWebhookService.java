package dev.vigil.application.service;

import dev.vigil.application.port.in.webhook.DeleteWebhook;
import dev.vigil.application.port.in.webhook.UnknownWebhook;
import dev.vigil.application.port.out.Outbox;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.application.port.out.Webhooks;
import dev.vigil.domain.webhook.WebhookId;

/** Removes a webhook and its deliveries in one transaction; a delivery being sent just then is not recorded. */
public final class DeleteWebhookService implements DeleteWebhook {
    private final Webhooks webhooks;
    private final Outbox outbox;
    private final Transactions transactions;

    public DeleteWebhookService(Webhooks webhooks, Outbox outbox, Transactions transactions) {
        this.webhooks = webhooks;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    @Override
    public void delete(WebhookId id) {
        transactions.run(() -> {
            webhooks.byId(id).orElseThrow(() -> new UnknownWebhook(id));
            outbox.deleteOfWebhook(id);
            webhooks.delete(id);
        });
    }
}
