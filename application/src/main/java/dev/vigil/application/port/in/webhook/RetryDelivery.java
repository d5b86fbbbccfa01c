package dev.vigil.application.port.in.webhook;

import dev.vigil.domain.webhook.DeliveryId;

/** Makes a delivery due again at once, with a fresh set of attempts (to resend a dead or even a delivered one). */
public interface RetryDelivery {
    DeliveryDetails retry(DeliveryId id);
}
