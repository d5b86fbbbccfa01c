package dev.vigil.application.service;

import dev.vigil.application.port.in.webhook.DeliveryDetails;
import dev.vigil.application.port.in.webhook.RetryDelivery;
import dev.vigil.application.port.in.webhook.UnknownDelivery;
import dev.vigil.application.port.out.Outbox;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.webhook.Delivery;
import dev.vigil.domain.webhook.DeliveryId;
import java.time.Clock;

/** Makes a delivery due now with a fresh set of attempts; the worker sends it within its next round. */
public final class RetryDeliveryService implements RetryDelivery {
    private final Outbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public RetryDeliveryService(Outbox outbox, Transactions transactions, Clock clock) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public DeliveryDetails retry(DeliveryId id) {
        return transactions.inTransaction(() -> {
            Delivery delivery = outbox.byId(id).orElseThrow(() -> new UnknownDelivery(id));
            Delivery again = delivery.retry(clock.instant());
            outbox.save(again);
            return new DeliveryDetails(again, outbox.events(again.events()));
        });
    }
}
