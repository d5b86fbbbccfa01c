package dev.vigil.application.service;

import dev.vigil.application.port.in.webhook.ReleaseDeliveryClaims;
import dev.vigil.application.port.out.Outbox;
import dev.vigil.application.port.out.Transactions;

/** Drops every claim left by a worker that is gone, so its deliveries are due again at once. */
public final class ReleaseDeliveryClaimsService implements ReleaseDeliveryClaims {
    private final Outbox outbox;
    private final Transactions transactions;

    public ReleaseDeliveryClaimsService(Outbox outbox, Transactions transactions) {
        this.outbox = outbox;
        this.transactions = transactions;
    }

    @Override
    public int releaseAll() {
        return transactions.inTransaction(outbox::releaseClaims);
    }
}
