package dev.vigil.application.contract;

import static dev.vigil.domain.webhook.WebhookFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.port.out.Outbox;
import dev.vigil.application.port.out.Webhooks;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.webhook.BackoffSchedule;
import dev.vigil.domain.webhook.Delivery;
import dev.vigil.domain.webhook.EventId;
import dev.vigil.domain.webhook.EventRecord;
import dev.vigil.domain.webhook.Fact;
import dev.vigil.domain.webhook.SendOutcome;
import dev.vigil.domain.webhook.SystemRef;
import dev.vigil.domain.webhook.EventFilter;
import dev.vigil.domain.webhook.SigningSecret;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookTarget;
import dev.vigil.domain.webhook.WebhookType;
import dev.vigil.domain.webhook.WebhookFixtures;
import dev.vigil.domain.webhook.WebhookId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Outbox} adapter must do; the in-memory fake and the SQLite adapter both pass it. */
public abstract class OutboxContract {
    private static final Duration LEASE = Duration.ofSeconds(40);
    private static final Duration TOOK = Duration.ofMillis(30);
    private final SystemRef api = WebhookFixtures.system(1, "Checkout API");
    private Webhook hook;
    private Webhook other;

    protected abstract Outbox outbox();

    /** Where the outbox's webhooks live (a delivery needs its webhook stored). */
    protected abstract Webhooks webhooks();

    @BeforeEach
    void storeWebhooks() {
        hook = Webhook.register(webhooks().nextId(), "A", WebhookType.GENERIC,
                new WebhookTarget.Endpoint("https://a.example/hook"), SigningSecret.of(WebhookFixtures.SECRET),
                EventFilter.DEFAULT, true, T0);
        webhooks().save(hook);
        other = Webhook.register(webhooks().nextId(), "B", hook.type(), hook.target(), hook.secret(), hook.filter(), true, T0);
        webhooks().save(other);
    }

    private EventRecord event(int second) {
        EventRecord e = WebhookFixtures.dependencyChange(outbox().nextEventId().value(), api,
                WebhookFixtures.dependency(5, "PostgreSQL"), Status.OPERATIONAL, Status.OUTAGE, "refused " + second,
                StatusSource.CHECK, T0.plusSeconds(second));
        outbox().saveEvent(e);
        return e;
    }

    private Delivery queued(Webhook to, EventRecord event, Optional<String> key, Instant due) {
        Delivery d = Delivery.queue(outbox().nextDeliveryId(), to.id(), event, key, due, T0);
        outbox().save(d);
        return d;
    }

    @Test
    void events_keepEveryField_inTheOrderAsked() {
        EventRecord rollup = WebhookFixtures.systemChange(outbox().nextEventId().value(), api, Status.DEGRADED,
                Status.OUTAGE, "Dependency PostgreSQL is red\nsecond line", StatusSource.ROLLUP,
                Optional.of(WebhookFixtures.dependency(5, "PostgreSQL")), T0.plusMillis(7));
        EventRecord other = new EventRecord(outbox().nextEventId(), EventType.INCIDENT_OPENED, T0, "Checkout errors",
                List.of(api, new SystemRef(new SystemId(2), "Billing", Optional.empty())), Optional.empty(),
                List.of(new Fact("impact", "Impact", "major"), new Fact("title", "Title", "Checkout errors"),
                        Fact.number("incident_id", "Incident", 12), Fact.time("started_at", "Started", T0),
                        Fact.time("resolved_at", "Resolved", Optional.empty()), Fact.flag("all_systems", "All", true),
                        Fact.number("sla_target", "Target", 99.95)));
        EventRecord dependency = event(3);
        outbox().saveEvent(rollup);
        outbox().saveEvent(other);

        List<EventRecord> read = outbox().events(List.of(other.id(), rollup.id(), new EventId(999), dependency.id()));

        assertThat(read).usingRecursiveFieldByFieldElementComparator().containsExactly(other, rollup, dependency);
    }

    @Test
    void delivery_keepsEveryField_throughItsLife() {
        EventRecord first = event(1);
        EventRecord second = event(2);
        Delivery d = queued(hook, first, Optional.of("status_change:system:1"), T0.plusSeconds(30)).add(second.id());
        outbox().save(d);
        assertThat(outbox().byId(d.id())).get().usingRecursiveComparison().isEqualTo(d);

        Delivery claimed = d.claim(T0.plusSeconds(30), LEASE);
        outbox().save(claimed);
        assertThat(outbox().byId(d.id())).get().usingRecursiveComparison().isEqualTo(claimed);

        Delivery failed = claimed.record(SendOutcome.failed(Optional.of(429), "HTTP 429: slow down",
                Optional.of(Duration.ofSeconds(5)), TOOK), T0.plusSeconds(30), BackoffSchedule.DEFAULT, 0.3);
        outbox().save(failed);
        assertThat(outbox().byId(d.id())).get().usingRecursiveComparison().isEqualTo(failed);

        Delivery delivered = failed.record(SendOutcome.delivered(204, TOOK), failed.dueAt(), BackoffSchedule.DEFAULT, 0.3)
                .retry(T0.plusSeconds(99));
        outbox().save(delivered);
        assertThat(outbox().byId(d.id())).get().usingRecursiveComparison().isEqualTo(delivered);
    }

    @Test
    void latestWithKey_isTheNewestDeliveryOfThatWebhookAndKey() {
        EventRecord e = event(1);
        queued(hook, e, Optional.of("k1"), T0);
        Delivery newer = queued(hook, event(2), Optional.of("k1"), T0);
        queued(hook, event(3), Optional.of("k2"), T0);
        queued(other, event(4), Optional.of("k1"), T0);
        queued(hook, event(5), Optional.empty(), T0);

        assertThat(outbox().latestWithKey(hook.id(), "k1")).contains(newer);
        assertThat(outbox().latestWithKey(hook.id(), "k3")).isEmpty();
    }

    @Test
    void due_isPendingUnclaimedAndDue_longestDueFirst_limited() {
        Delivery late = queued(hook, event(1), Optional.empty(), T0.plusSeconds(10));
        Delivery early = queued(other, event(2), Optional.empty(), T0.plusSeconds(5));
        Delivery sameTime = queued(hook, event(3), Optional.empty(), T0.plusSeconds(5));
        queued(hook, event(4), Optional.empty(), T0.plusSeconds(60));
        Delivery claimed = queued(hook, event(5), Optional.empty(), T0);
        outbox().save(claimed.claim(T0, LEASE));
        Delivery done = queued(hook, event(6), Optional.empty(), T0);
        outbox().save(done.record(SendOutcome.delivered(200, TOOK), T0, BackoffSchedule.DEFAULT, 0.5));
        Instant now = T0.plusSeconds(20);

        assertThat(outbox().due(now, 10)).containsExactly(early, sameTime, late);
        assertThat(outbox().due(now, 2)).containsExactly(early, sameTime);
        assertThat(outbox().due(T0.plus(LEASE), 10)).contains(claimed);
    }

    @Test
    void releaseClaims_makesClaimedDeliveriesDueAgain() {
        Delivery a = queued(hook, event(1), Optional.empty(), T0);
        queued(hook, event(2), Optional.empty(), T0);
        outbox().save(a.claim(T0, LEASE));

        assertThat(outbox().releaseClaims()).isEqualTo(1);

        assertThat(outbox().due(T0, 10)).hasSize(2);
        assertThat(outbox().byId(a.id()).orElseThrow().leasedUntil()).isEmpty();
        assertThat(outbox().releaseClaims()).isZero();
    }

    @Test
    void ofWebhook_isNewestFirst_limited_andOnlyThatWebhook() {
        Delivery first = queued(hook, event(1), Optional.empty(), T0);
        Delivery second = queued(hook, event(2), Optional.empty(), T0);
        queued(other, event(3), Optional.empty(), T0);
        Delivery third = queued(hook, event(4), Optional.empty(), T0);

        assertThat(outbox().ofWebhook(hook.id(), 10)).containsExactly(third, second, first);
        assertThat(outbox().ofWebhook(hook.id(), 1)).containsExactly(third);
        assertThat(outbox().ofWebhook(new WebhookId(99), 10)).isEmpty();
    }

    @Test
    void deleteOfWebhook_removesOnlyItsDeliveries() {
        Delivery mine = queued(hook, event(1), Optional.empty(), T0);
        Delivery theirs = queued(other, event(2), Optional.empty(), T0);

        outbox().deleteOfWebhook(hook.id());

        assertThat(outbox().byId(mine.id())).isEmpty();
        assertThat(outbox().byId(theirs.id())).contains(theirs);
    }

    @Test
    void prune_removesOldFinishedDeliveries_andEventsNoDeliveryTellsOf() {
        EventRecord shared = event(1);
        Delivery oldDone = queued(hook, shared, Optional.empty(), T0);
        outbox().save(oldDone.record(SendOutcome.delivered(200, TOOK), T0, BackoffSchedule.DEFAULT, 0.5));
        Delivery oldDead = queued(other, event(2), Optional.empty(), T0);
        outbox().save(oldDead.record(SendOutcome.rejected(Optional.of(404), "HTTP 404", TOOK), T0, BackoffSchedule.DEFAULT, 0.5));
        Delivery stillPending = queued(other, shared, Optional.empty(), T0);
        EventRecord recentEvent = event(3);
        Delivery recentDone = queued(hook, recentEvent, Optional.empty(), T0);
        outbox().save(recentDone.record(SendOutcome.delivered(200, TOOK), T0.plus(Duration.ofDays(2)), BackoffSchedule.DEFAULT, 0.5));
        EventRecord orphan = event(4);

        int pruned = outbox().pruneFinishedBefore(T0.plus(Duration.ofDays(1)));

        assertThat(pruned).isEqualTo(2);
        assertThat(outbox().byId(oldDone.id())).isEmpty();
        assertThat(outbox().byId(oldDead.id())).isEmpty();
        assertThat(outbox().byId(stillPending.id())).isPresent();
        assertThat(outbox().byId(recentDone.id())).isPresent();
        assertThat(outbox().events(List.of(shared.id(), recentEvent.id(), orphan.id())))
                .extracting(EventRecord::id).containsExactly(shared.id(), recentEvent.id());
    }

    @Test
    void ids_neverRepeat() {
        Set<Long> eventIds = new HashSet<>();
        Set<Long> deliveryIds = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            assertThat(eventIds.add(outbox().nextEventId().value())).isTrue();
            assertThat(deliveryIds.add(outbox().nextDeliveryId().value())).isTrue();
        }
    }
}
