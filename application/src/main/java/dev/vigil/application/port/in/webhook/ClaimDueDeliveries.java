package dev.vigil.application.port.in.webhook;

import dev.vigil.domain.webhook.DeliveryId;
import java.util.List;

/** Claims up to {@code max} due deliveries for the worker, so that no other attempt of them starts meanwhile. */
public interface ClaimDueDeliveries {
    List<DeliveryId> claim(int max);
}
