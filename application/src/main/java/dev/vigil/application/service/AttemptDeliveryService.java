package dev.vigil.application.service;

import dev.vigil.application.port.in.webhook.AttemptDelivery;
import dev.vigil.application.port.out.Dispatch;
import dev.vigil.application.port.out.Outbox;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.application.port.out.WebhookSender;
import dev.vigil.application.port.out.Webhooks;
import dev.vigil.domain.webhook.BackoffSchedule;
import dev.vigil.domain.webhook.Delivery;
import dev.vigil.domain.webhook.DeliveryAttempt;
import dev.vigil.domain.webhook.DeliveryId;
import dev.vigil.domain.webhook.DeliveryState;
import dev.vigil.domain.webhook.EventRecord;
import dev.vigil.domain.webhook.SendOutcome;
import dev.vigil.domain.webhook.Webhook;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Sends a delivery once, outside any transaction, then records the attempt in one: delivered, dead, or due again
 * after the backoff (with jitter) or the receiver's {@code Retry-After}. If sending is interrupted (Vigil stops), no
 * attempt is recorded and the claim is left to run out, so the delivery goes out again after a restart.
 */
public final class AttemptDeliveryService implements AttemptDelivery {
    private final Webhooks webhooks;
    private final Outbox outbox;
    private final WebhookSender sender;
    private final Transactions transactions;
    private final BackoffSchedule schedule;
    private final RandomGenerator random;
    private final Clock clock;

    public AttemptDeliveryService(Webhooks webhooks, Outbox outbox, WebhookSender sender, Transactions transactions,
                                  BackoffSchedule schedule, RandomGenerator random, Clock clock) {
        this.webhooks = webhooks;
        this.outbox = outbox;
        this.sender = sender;
        this.transactions = transactions;
        this.schedule = schedule;
        this.random = random;
        this.clock = clock;
    }

    @Override
    public Optional<DeliveryAttempt> attempt(DeliveryId id) {
        Optional<Delivery> delivery = outbox.byId(id).filter(d -> d.state() == DeliveryState.PENDING);
        Optional<Webhook> webhook = delivery.flatMap(d -> webhooks.byId(d.webhook()));
        if (delivery.isEmpty() || webhook.isEmpty()) {
            return Optional.empty();
        }
        List<EventRecord> events = outbox.events(delivery.get().events());
        Instant startedAt = clock.instant();
        SendOutcome outcome = sender.send(webhook.get(), Dispatch.of(delivery.get(), events, startedAt));
        return transactions.inTransaction(() -> outbox.byId(id)
                .filter(current -> current.state() == DeliveryState.PENDING)
                .map(current -> {
                    Delivery after = current.record(outcome, startedAt, schedule, random.nextDouble());
                    outbox.save(after);
                    return after.last().orElseThrow();
                }));
    }
}
