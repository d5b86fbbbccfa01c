package dev.vigil.application.port.in.webhook;

import dev.vigil.domain.webhook.WebhookId;
import java.util.List;

/** The newest deliveries to one webhook, newest first, with their events and attempts. */
public interface ListDeliveries {
    List<DeliveryDetails> ofWebhook(WebhookId id, int limit);
}
