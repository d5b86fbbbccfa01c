package dev.vigil.application.port.in.webhook;

import dev.vigil.application.port.in.EntityNotFound;
import dev.vigil.domain.webhook.DeliveryId;

/** No delivery has this id. */
public final class UnknownDelivery extends EntityNotFound {
    private static final long serialVersionUID = 1L;

    public UnknownDelivery(DeliveryId id) {
        super("delivery " + id + " not found");
    }
}
