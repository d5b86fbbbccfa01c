package dev.vigil.application.service;

import dev.vigil.application.port.in.webhook.DeliveryDetails;
import dev.vigil.application.port.in.webhook.ListDeliveries;
import dev.vigil.application.port.in.webhook.UnknownWebhook;
import dev.vigil.application.port.out.Outbox;
import dev.vigil.application.port.out.Webhooks;
import dev.vigil.domain.webhook.WebhookId;
import java.util.List;

/** Lists the newest deliveries to a webhook with the events they tell of. */
public final class ListDeliveriesService implements ListDeliveries {
    private final Webhooks webhooks;
    private final Outbox outbox;

    public ListDeliveriesService(Webhooks webhooks, Outbox outbox) {
        this.webhooks = webhooks;
        this.outbox = outbox;
    }

    @Override
    public List<DeliveryDetails> ofWebhook(WebhookId id, int limit) {
        webhooks.byId(id).orElseThrow(() -> new UnknownWebhook(id));
        return outbox.ofWebhook(id, limit).stream()
                .map(d -> new DeliveryDetails(d, outbox.events(d.events())))
                .toList();
    }
}
