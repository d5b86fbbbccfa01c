package dev.vigil.application.service;

import dev.vigil.application.port.in.webhook.ClaimDueDeliveries;
import dev.vigil.application.port.out.Outbox;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.webhook.Delivery;
import dev.vigil.domain.webhook.DeliveryId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Claims due deliveries for a while ({@code lease}, longer than a send can take): meanwhile no second attempt starts
 * and no further event joins them. A worker that never reports back loses its claim when it runs out.
 */
public final class ClaimDueDeliveriesService implements ClaimDueDeliveries {
    private final Outbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration lease;

    public ClaimDueDeliveriesService(Outbox outbox, Transactions transactions, Clock clock, Duration lease) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.lease = lease;
    }

    @Override
    public List<DeliveryId> claim(int max) {
        if (max <= 0) {
            return List.of();
        }
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            List<DeliveryId> claimed = new ArrayList<>();
            for (Delivery delivery : outbox.due(now, max)) {
                outbox.save(delivery.claim(now, lease));
                claimed.add(delivery.id());
            }
            return claimed;
        });
    }
}
