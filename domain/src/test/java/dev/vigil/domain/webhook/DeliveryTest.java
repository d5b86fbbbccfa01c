package dev.vigil.domain.webhook;

import static dev.vigil.domain.webhook.WebhookFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.domain.event.EventType;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryTest {
    private static final Duration LEASE = Duration.ofSeconds(40);
    private static final Duration TOOK = Duration.ofMillis(120);
    private final EventRecord event = WebhookFixtures.systemChange(1, WebhookFixtures.system(1, "API"),
            Status.OPERATIONAL, Status.OUTAGE, "down", StatusSource.MANUAL, Optional.empty(), T0);
    private final Delivery queued = Delivery.queue(new DeliveryId(7), new WebhookId(3), event,
            Optional.of("status_change:system:1"), T0, T0);

    private static SendOutcome serverError() {
        return SendOutcome.failed(Optional.of(500), "HTTP 500", Optional.empty(), TOOK);
    }

    /** A jitter source in the middle of the band: exactly the nominal delay. */
    private static final double NO_JITTER = 0.5;

    @Test
    void queued_isPendingAndDue_andTakesMoreEvents() {
        assertThat(queued.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(queued.isDueAt(T0)).isTrue();
        assertThat(queued.isDueAt(T0.minusMillis(1))).isFalse();
        assertThat(queued.acceptsMore()).isTrue();
        assertThat(queued.type()).isEqualTo(EventType.STATUS_CHANGE);

        Delivery two = queued.add(new EventId(2));

        assertThat(two.events()).containsExactly(new EventId(1), new EventId(2));
    }

    @Test
    void claimed_isNotDue_takesNoMoreEvents_untilTheClaimRunsOut() {
        Delivery claimed = queued.claim(T0, LEASE);

        assertThat(claimed.isDueAt(T0.plusSeconds(39))).isFalse();
        assertThat(claimed.isDueAt(T0.plusSeconds(40))).isTrue();
        assertThat(claimed.acceptsMore()).isFalse();
        assertThatThrownBy(() -> claimed.add(new EventId(2))).isInstanceOf(IllegalStateException.class);
        assertThat(claimed.released().isDueAt(T0)).isTrue();
    }

    @Test
    void success_isDelivered() {
        Delivery done = queued.claim(T0, LEASE).record(SendOutcome.delivered(204, TOOK), T0, BackoffSchedule.DEFAULT, NO_JITTER);

        assertThat(done.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(done.finishedAt()).contains(T0.plus(TOOK));
        assertThat(done.leasedUntil()).isEmpty();
        assertThat(done.nextAttemptAt()).isEmpty();
        assertThat(done.attempts()).containsExactly(new DeliveryAttempt(1, T0, TOOK, AttemptOutcome.DELIVERED, Optional.of(204), ""));
    }

    @Test
    void failure_isTriedAgainAfterTheBackoff() {
        Delivery failed = queued.claim(T0, LEASE).record(serverError(), T0, BackoffSchedule.DEFAULT, NO_JITTER);

        assertThat(failed.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(failed.nextAttemptAt()).contains(T0.plus(TOOK).plus(Duration.ofMinutes(1)));
        assertThat(failed.leasedUntil()).isEmpty();
        assertThat(failed.acceptsMore()).as("an attempted delivery keeps its content").isFalse();
        assertThat(failed.windowStart()).isEqualTo(T0);
    }

    @Test
    void retryAfter_decidesTheWait_upToADay() {
        SendOutcome slowDown = SendOutcome.failed(Optional.of(429), "HTTP 429", Optional.of(Duration.ofSeconds(7)), TOOK);
        SendOutcome tooLong = SendOutcome.failed(Optional.of(429), "HTTP 429", Optional.of(Duration.ofDays(3)), TOOK);

        assertThat(queued.record(slowDown, T0, BackoffSchedule.DEFAULT, NO_JITTER).dueAt())
                .isEqualTo(T0.plus(TOOK).plusSeconds(7));
        assertThat(queued.record(tooLong, T0, BackoffSchedule.DEFAULT, NO_JITTER).dueAt())
                .isEqualTo(T0.plus(TOOK).plus(Duration.ofHours(24)));
    }

    @Test
    void rejection_isDeadAtOnce() {
        Delivery dead = queued.record(SendOutcome.rejected(Optional.of(410), "HTTP 410", TOOK), T0,
                BackoffSchedule.DEFAULT, NO_JITTER);

        assertThat(dead.state()).isEqualTo(DeliveryState.DEAD);
        assertThat(dead.attempts()).hasSize(1);
    }

    @Test
    void tenFailures_areDead_afterAboutADay() {
        Delivery d = queued;
        Instant at = T0;
        for (int i = 0; i < 10; i++) {
            assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
            at = d.dueAt();
            d = d.claim(at, LEASE).record(serverError(), at, BackoffSchedule.DEFAULT, NO_JITTER);
        }

        assertThat(d.state()).isEqualTo(DeliveryState.DEAD);
        assertThat(d.attempts()).hasSize(10);
        Duration span = Duration.between(d.attempts().get(0).at(), d.attempts().get(9).at());
        assertThat(span).isBetween(Duration.ofHours(22), Duration.ofHours(24));
    }

    @Test
    void retry_ofADeadDelivery_givesItAFreshSetOfAttempts() {
        Delivery d = queued;
        for (int i = 0; i < 10; i++) {
            d = d.record(serverError(), d.dueAt(), BackoffSchedule.DEFAULT, NO_JITTER);
        }
        Instant later = T0.plus(Duration.ofDays(2));

        Delivery retried = d.retry(later);

        assertThat(retried.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(retried.dueAt()).isEqualTo(later);
        assertThat(retried.retryBase()).isEqualTo(10);
        assertThat(retried.finishedAt()).isEmpty();
        Delivery failedAgain = retried.record(serverError(), later, BackoffSchedule.DEFAULT, NO_JITTER);
        assertThat(failedAgain.state()).as("the 11th attempt is the first of a new set").isEqualTo(DeliveryState.PENDING);
        assertThat(failedAgain.attempts()).hasSize(11);
    }

    @Test
    void retry_whileBeingSent_isRefused() {
        Delivery claimed = queued.claim(T0, LEASE);

        assertThatThrownBy(() -> claimed.retry(T0.plusSeconds(1))).isInstanceOf(DeliveryInFlight.class)
                .hasMessageContaining("delivery 7 is being sent right now");
        assertThat(claimed.retry(T0.plus(LEASE)).isDueAt(T0.plus(LEASE))).as("after the claim ran out").isTrue();
    }

    @Test
    void record_ofAFinishedDelivery_isABug() {
        Delivery done = queued.record(SendOutcome.delivered(200, TOOK), T0, BackoffSchedule.DEFAULT, NO_JITTER);

        assertThatThrownBy(() -> done.record(serverError(), T0, BackoffSchedule.DEFAULT, NO_JITTER))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void restore_checksTheInvariants() {
        DeliveryAttempt failed = new DeliveryAttempt(1, T0, TOOK, AttemptOutcome.FAILED, Optional.of(500), "HTTP 500");

        assertThatThrownBy(() -> Delivery.restore(new DeliveryId(1), new WebhookId(1), EventType.STATUS_CHANGE,
                Optional.empty(), List.of(), DeliveryState.PENDING, T0, T0, Optional.empty(), List.of(), 0,
                Optional.empty())).hasMessageContaining("1 to 50 events");
        assertThatThrownBy(() -> Delivery.restore(new DeliveryId(1), new WebhookId(1), EventType.STATUS_CHANGE,
                Optional.empty(), List.of(new EventId(1)), DeliveryState.DELIVERED, T0, T0, Optional.empty(),
                List.of(failed), 0, Optional.of(T0))).hasMessageContaining("ends with a delivered attempt");
        assertThatThrownBy(() -> Delivery.restore(new DeliveryId(1), new WebhookId(1), EventType.STATUS_CHANGE,
                Optional.empty(), List.of(new EventId(1)), DeliveryState.PENDING, T0, T0, Optional.empty(),
                List.of(new DeliveryAttempt(2, T0, TOOK, AttemptOutcome.FAILED, Optional.empty(), "x")), 0,
                Optional.empty())).hasMessageContaining("numbered");
        assertThatThrownBy(() -> Delivery.restore(new DeliveryId(1), new WebhookId(1), EventType.STATUS_CHANGE,
                Optional.empty(), List.of(new EventId(1)), DeliveryState.DEAD, T0, T0, Optional.empty(),
                List.of(failed), 0, Optional.empty())).hasMessageContaining("end time");
    }

    @Test
    void anEventFull_delivery_takesNoMore() {
        Delivery d = queued;
        for (int i = 2; i <= Delivery.EVENTS_MAX; i++) {
            d = d.add(new EventId(i));
        }

        assertThat(d.acceptsMore()).isFalse();
    }
}
