package dev.vigil.application.contract;

import static dev.vigil.domain.webhook.WebhookFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.port.out.CheckHistory;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.OperationalCounts;
import dev.vigil.application.port.out.OperationalCounts.ResultTotals;
import dev.vigil.application.port.out.Outbox;
import dev.vigil.application.port.out.SlaBreaches;
import dev.vigil.application.port.out.Webhooks;
import dev.vigil.domain.check.CheckFixtures;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.incident.UpdateVisibility;
import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.webhook.AttemptOutcome;
import dev.vigil.domain.webhook.BackoffSchedule;
import dev.vigil.domain.webhook.Delivery;
import dev.vigil.domain.webhook.DeliveryState;
import dev.vigil.domain.webhook.EventRecord;
import dev.vigil.domain.webhook.SendOutcome;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link OperationalCounts} adapter must do, over the repositories it counts in. */
public abstract class OperationalCountsContract {
    /** The repositories of one store, which the counts see too. */
    public record Stored(CheckHistory checkHistory, Incidents incidents, SlaBreaches slaBreaches, Webhooks webhooks,
                         Outbox outbox) {
    }

    protected abstract OperationalCounts counts();

    protected abstract Stored stored();

    @Test
    void checkResults_countEveryResultOnce_andOutliveRollUpsAndPurges() {
        CheckHistory history = stored().checkHistory();
        Instant day = Instant.parse("2026-01-05T10:00:00Z");
        history.append(List.of(CheckFixtures.up(7, day, 10), CheckFixtures.down(7, day.plusSeconds(30), "refused"),
                CheckFixtures.degraded(7, day.plusSeconds(60), 900), CheckFixtures.down(8, day, "timeout")));
        Map<DependencyId, ResultTotals> before = counts().checkResults();

        history.rollUpHours(Instant.parse("2026-01-06T00:00:00Z"));
        history.rollUpDays(Instant.parse("2026-01-06T00:00:00Z"));
        history.purge(Instant.parse("2026-01-06T00:00:00Z"), Instant.parse("2026-01-06T00:00:00Z"));
        history.append(List.of(CheckFixtures.up(7, Instant.parse("2026-01-06T01:00:00Z"), 10)));

        assertThat(before).containsOnly(Map.entry(new DependencyId(7), new ResultTotals(3, 1)),
                Map.entry(new DependencyId(8), new ResultTotals(1, 1)));
        assertThat(counts().checkResults()).containsOnly(Map.entry(new DependencyId(7), new ResultTotals(4, 1)),
                Map.entry(new DependencyId(8), new ResultTotals(1, 1)));
    }

    @Test
    void incidents_areCountedByImpactAndState() {
        Incidents incidents = stored().incidents();
        for (Impact impact : List.of(Impact.MAJOR, Impact.MAJOR, Impact.MINOR)) {
            incidents.save(Incident.open(incidents.nextId(), "Trouble", impact, Set.of(new SystemId(1)), "Looking",
                    UpdateVisibility.PUBLIC, "me", T0, T0));
        }
        Incident resolved = Incident.open(incidents.nextId(), "Over", Impact.MAJOR, Set.of(), "Looking",
                UpdateVisibility.PUBLIC, "me", T0, T0).resolve("Done", Optional.empty(), "me", T0.plusSeconds(60),
                T0.plusSeconds(60));
        incidents.save(resolved);

        assertThat(counts().incidents()).isEqualTo(Map.of(
                Impact.MAJOR, Map.of(IncidentState.INVESTIGATING, 2L, IncidentState.RESOLVED, 1L),
                Impact.MINOR, Map.of(IncidentState.INVESTIGATING, 1L)));
    }

    @Test
    void unacknowledgedBreaches_areCounted() {
        SlaBreaches breaches = stored().slaBreaches();
        for (int month = 1; month <= 3; month++) {
            Instant start = Instant.parse("2026-0" + month + "-01T00:00:00Z");
            SlaBreach breach = SlaBreach.restore(breaches.nextId(), new SystemId(1), "API", SlaPeriod.MONTH, start,
                    start.plus(Duration.ofDays(28)), 99.9, 99.0, Duration.ofMinutes(43), Duration.ofHours(7),
                    start.plus(Duration.ofDays(20)), Optional.empty(), Optional.empty());
            breaches.save(month == 2 ? breach.acknowledge("me", start.plus(Duration.ofDays(21))) : breach);
        }

        assertThat(counts().unacknowledgedSlaBreaches()).isEqualTo(2);
    }

    @Test
    void deliveries_areCountedByState_andTheirAttemptsByOutcome() {
        Stored s = stored();
        Webhook hook = WebhookFixtures.aWebhook(s.webhooks().nextId().value(), "https://hooks.example/a");
        s.webhooks().save(hook);
        EventRecord event = WebhookFixtures.systemChange(s.outbox().nextEventId().value(),
                WebhookFixtures.system(1, "API"), Status.OPERATIONAL, Status.OUTAGE, "down", StatusSource.MANUAL,
                Optional.empty(), T0);
        s.outbox().saveEvent(event);
        Delivery pending = Delivery.queue(s.outbox().nextDeliveryId(), hook.id(), event, Optional.empty(), T0, T0);
        Delivery failedOnce = pending.claim(T0, Duration.ofSeconds(30)).record(SendOutcome.failed(Optional.of(503),
                "HTTP 503", Optional.empty(), Duration.ofMillis(5)), T0, BackoffSchedule.DEFAULT, 0.5);
        Delivery delivered = failedOnce.claim(failedOnce.dueAt(), Duration.ofSeconds(30))
                .record(SendOutcome.delivered(204, Duration.ofMillis(5)), failedOnce.dueAt(), BackoffSchedule.DEFAULT,
                        0.5);
        s.outbox().save(delivered);
        s.outbox().save(Delivery.queue(s.outbox().nextDeliveryId(), hook.id(), event, Optional.empty(), T0, T0));

        assertThat(counts().deliveries()).isEqualTo(Map.of(DeliveryState.DELIVERED, 1L, DeliveryState.PENDING, 1L));
        assertThat(counts().deliveryAttempts()).isEqualTo(Map.of(AttemptOutcome.FAILED, 1L,
                AttemptOutcome.DELIVERED, 1L));
    }
}
