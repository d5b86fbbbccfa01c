package dev.vigil.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.dependency.AddDependencyCommand;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatusCommand;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.application.port.in.webhook.DeliveryDetails;
import dev.vigil.application.port.in.webhook.RegisterWebhookCommand;
import dev.vigil.application.port.in.webhook.UnknownDelivery;
import dev.vigil.application.port.out.Dispatch;
import dev.vigil.application.port.out.WebhookSender;
import dev.vigil.application.service.AttemptDeliveryService;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.webhook.AttemptOutcome;
import dev.vigil.domain.webhook.BackoffSchedule;
import dev.vigil.domain.webhook.Delivery;
import dev.vigil.domain.webhook.DeliveryAttempt;
import dev.vigil.domain.webhook.DeliveryId;
import dev.vigil.domain.webhook.DeliveryInFlight;
import dev.vigil.domain.webhook.DeliveryState;
import dev.vigil.domain.webhook.SendOutcome;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The worker's side of the outbox: claims, attempts, backoff, dead deliveries, retries, restarts, pruning. */
class DeliveryServicesTest {
    private static final Duration TOOK = Duration.ofMillis(40);
    private final InMemoryVigil vigil = new InMemoryVigil();
    private Webhook hook;
    private Dependency db;

    @BeforeEach
    void aWebhookAndAChange() {
        var api = vigil.createSystem.create(CreateSystemCommand.named("Checkout API"));
        db = vigil.addDependency.add(new AddDependencyCommand(api.id(), "PostgreSQL", "", Criticality.CRITICAL));
        hook = vigil.registerWebhook.register(new RegisterWebhookCommand("Ops", WebhookType.GENERIC,
                Optional.of("https://receiver.example/in"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Set.of(EventType.STATUS_CHANGE)), Set.of(), true)).webhook();
        vigil.changeDependencyStatus.change(new ChangeDependencyStatusCommand(db.id(), Status.OUTAGE, "refused"));
    }

    private Delivery theDelivery() {
        return vigil.outbox.all().get(0);
    }

    private static SendOutcome serverError() {
        return SendOutcome.failed(Optional.of(500), "HTTP 500: oops", Optional.empty(), TOOK);
    }

    @Test
    void aDelivery_isSentOnce_andRecordedAsDelivered() {
        assertThat(vigil.deliverDue()).isEqualTo(1);

        Delivery d = theDelivery();
        assertThat(d.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(d.attempts()).containsExactly(new DeliveryAttempt(1, vigil.clock.instant(), Duration.ofMillis(5),
                AttemptOutcome.DELIVERED, Optional.of(200), ""));
        assertThat(vigil.deliverDue()).isZero();
        assertThat(vigil.sender.sent()).hasSize(1);
    }

    @Test
    void aServerError_isTriedAgainAfterAMinute_thenDelivered() {
        vigil.sender.willAnswer(serverError());
        Instant first = vigil.clock.instant();
        vigil.deliverDue();

        assertThat(theDelivery().state()).isEqualTo(DeliveryState.PENDING);
        assertThat(theDelivery().nextAttemptAt()).contains(first.plus(TOOK).plus(Duration.ofMinutes(1)));
        vigil.clock.advance(Duration.ofSeconds(59));
        assertThat(vigil.deliverDue()).isZero();
        vigil.clock.advance(Duration.ofSeconds(2));
        assertThat(vigil.deliverDue()).isEqualTo(1);

        assertThat(theDelivery().state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(theDelivery().attempts()).extracting(DeliveryAttempt::outcome, DeliveryAttempt::statusCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AttemptOutcome.FAILED, Optional.of(500)),
                        org.assertj.core.groups.Tuple.tuple(AttemptOutcome.DELIVERED, Optional.of(200)));
        List<String> ids = vigil.sender.sent().stream().map(s -> s.dispatch().deliveryId()).toList();
        assertThat(ids).containsExactly(theDelivery().id().toString(), theDelivery().id().toString());
    }

    @Test
    void tooManyRequests_waitsAsLongAsTheReceiverAsked() {
        vigil.sender.willAnswer(SendOutcome.failed(Optional.of(429), "HTTP 429", Optional.of(Duration.ofSeconds(7)), TOOK));
        Instant first = vigil.clock.instant();

        vigil.deliverDue();

        assertThat(theDelivery().nextAttemptAt()).contains(first.plus(TOOK).plusSeconds(7));
    }

    @Test
    void aRejection_isDeadAtOnce() {
        vigil.sender.willAnswer(SendOutcome.rejected(Optional.of(410), "HTTP 410: gone", TOOK));

        vigil.deliverDue();

        assertThat(theDelivery().state()).isEqualTo(DeliveryState.DEAD);
        vigil.clock.advance(Duration.ofDays(2));
        assertThat(vigil.deliverDue()).isZero();
    }

    @Test
    void tenFailures_areDead_andARetrySendsAgain() {
        for (int i = 0; i < 10; i++) {
            vigil.sender.willAnswer(serverError());
            vigil.clock.set(theDelivery().dueAt());
            assertThat(vigil.deliverDue()).isEqualTo(1);
        }
        assertThat(theDelivery().state()).isEqualTo(DeliveryState.DEAD);
        assertThat(Duration.between(theDelivery().attempts().get(0).at(), theDelivery().attempts().get(9).at()))
                .isBetween(Duration.ofHours(22), Duration.ofHours(24));

        DeliveryDetails retried = vigil.retryDelivery.retry(theDelivery().id());
        vigil.deliverDue();

        assertThat(retried.delivery().state()).isEqualTo(DeliveryState.PENDING);
        assertThat(retried.events()).hasSize(2);
        assertThat(theDelivery().state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(theDelivery().attempts()).hasSize(11);
    }

    @Test
    void retry_whileBeingSent_isRefused_andOfUnknownIsNotFound() {
        DeliveryId id = vigil.claimDueDeliveries.claim(5).get(0);

        assertThatThrownBy(() -> vigil.retryDelivery.retry(id)).isInstanceOf(DeliveryInFlight.class);
        assertThatThrownBy(() -> vigil.retryDelivery.retry(new DeliveryId(999))).isInstanceOf(UnknownDelivery.class);
    }

    @Test
    void aClaim_keepsOtherWorkersAway_untilItRunsOut() {
        assertThat(vigil.claimDueDeliveries.claim(5)).hasSize(1);
        assertThat(vigil.claimDueDeliveries.claim(5)).isEmpty();

        vigil.clock.advance(InMemoryVigil.DELIVERY_LEASE);

        assertThat(vigil.claimDueDeliveries.claim(5)).hasSize(1);
    }

    @Test
    void aRestartInTheMiddleOfSending_sendsAgain_underTheSameId() {
        WebhookSender stopping = (webhook, dispatch) -> {
            vigil.sender.send(webhook, dispatch);
            throw new CancellationException("Vigil is stopping");
        };
        var interrupted = new AttemptDeliveryService(vigil.webhooks, vigil.outbox, stopping, vigil.transactions,
                BackoffSchedule.DEFAULT, () -> 0L, vigil.clock);
        DeliveryId id = vigil.claimDueDeliveries.claim(5).get(0);
        assertThatThrownBy(() -> interrupted.attempt(id)).isInstanceOf(CancellationException.class);
        assertThat(theDelivery().attempts()).as("an interrupted attempt counts for nothing").isEmpty();

        assertThat(vigil.releaseDeliveryClaims.releaseAll()).isEqualTo(1);
        assertThat(vigil.deliverDue()).isEqualTo(1);

        assertThat(theDelivery().state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(vigil.sender.sent()).extracting(s -> s.dispatch().deliveryId())
                .containsExactly(id.toString(), id.toString());
        assertThat(vigil.sender.sent().get(1).dispatch().events()).isEqualTo(vigil.sender.sent().get(0).dispatch().events());
    }

    @Test
    void aWebhookDeletedWhileSending_recordsNothing() {
        DeliveryId id = vigil.claimDueDeliveries.claim(5).get(0);
        vigil.deleteWebhook.delete(hook.id());

        assertThat(vigil.attemptDelivery.attempt(id)).isEmpty();
        assertThat(vigil.outbox.all()).isEmpty();
        assertThat(vigil.sender.sent()).isEmpty();
    }

    @Test
    void listDeliveries_showsEventsAndAttempts_newestFirst() {
        vigil.sender.willAnswer(serverError());
        vigil.deliverDue();
        vigil.clock.advance(Duration.ofMinutes(10));
        vigil.changeDependencyStatus.change(new ChangeDependencyStatusCommand(db.id(), Status.OPERATIONAL, "back"));

        List<DeliveryDetails> listed = vigil.listDeliveries.ofWebhook(hook.id(), 10);

        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).delivery().attempts()).isEmpty();
        assertThat(listed.get(1).events()).hasSize(2);
        assertThat(listed.get(1).delivery().attempts()).singleElement()
                .satisfies(a -> assertThat(a.error()).isEqualTo("HTTP 500: oops"));
        assertThat(vigil.listDeliveries.ofWebhook(hook.id(), 1)).hasSize(1);
    }

    @Test
    void prune_forgetsFinishedDeliveriesAfterThirtyDays() {
        vigil.deliverDue();
        vigil.clock.advance(Duration.ofDays(29));
        assertThat(vigil.pruneDeliveries.prune()).isZero();

        vigil.clock.advance(Duration.ofDays(2));

        assertThat(vigil.pruneDeliveries.prune()).isEqualTo(1);
        assertThat(vigil.outbox.all()).isEmpty();
        assertThat(vigil.outbox.allEvents()).isEmpty();
    }

    @Test
    void theDispatch_carriesTheSendingTime_toTheSecond() {
        vigil.clock.advance(Duration.ofMillis(1234));

        vigil.deliverDue();

        Dispatch dispatch = vigil.sender.sent().get(0).dispatch();
        assertThat(dispatch.sentAt()).isEqualTo(Instant.parse("2026-03-01T12:00:01Z"));
    }
}
