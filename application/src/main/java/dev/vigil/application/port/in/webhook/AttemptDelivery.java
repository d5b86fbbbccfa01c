package dev.vigil.application.port.in.webhook;

import dev.vigil.domain.webhook.DeliveryAttempt;
import dev.vigil.domain.webhook.DeliveryId;
import java.util.Optional;

/**
 * Sends a claimed delivery once and records the attempt: delivered, due again after a backoff, or dead. Empty when
 * there was nothing to send (the delivery or its webhook is gone).
 */
public interface AttemptDelivery {
    Optional<DeliveryAttempt> attempt(DeliveryId id);
}
