package dev.vigil.application.service;

import dev.vigil.application.port.in.webhook.PruneDeliveries;
import dev.vigil.application.port.out.Outbox;
import dev.vigil.application.port.out.Transactions;
import java.time.Clock;
import java.time.Duration;

/** Forgets deliveries that ended more than {@code retention} ago (delivered or dead), with their events. */
public final class PruneDeliveriesService implements PruneDeliveries {
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);

    private final Outbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration retention;

    public PruneDeliveriesService(Outbox outbox, Transactions transactions, Clock clock, Duration retention) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    public int prune() {
        return transactions.inTransaction(() -> outbox.pruneFinishedBefore(clock.instant().minus(retention)));
    }
}
