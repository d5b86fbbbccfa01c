package dev.vigil.domain.webhook;

import static dev.vigil.domain.webhook.WebhookFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.domain.event.EventType;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.SystemId;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoalescingAndSilenceTest {
    private final SystemRef api = WebhookFixtures.system(1, "API");
    private final EventRecord rollup = WebhookFixtures.systemChange(1, api, Status.OPERATIONAL, Status.OUTAGE,
            "Dependency DB is red", StatusSource.ROLLUP, Optional.of(WebhookFixtures.dependency(5, "DB")), T0);
    private final EventRecord dbDown = WebhookFixtures.dependencyChange(2, api, WebhookFixtures.dependency(5, "DB"),
            Status.OPERATIONAL, Status.OUTAGE, "refused", StatusSource.CHECK, T0);
    private final EventRecord incident = WebhookFixtures.otherEvent(3, EventType.INCIDENT_OPENED, "Checkout errors", T0, api);
    private final EventRecord heartbeat = WebhookFixtures.otherEvent(4, EventType.HEARTBEAT_MISSING, "no ping", T0, api);

    @Test
    void statusChangesOfOneSystem_shareAKey_otherEventsTravelAlone() {
        assertThat(Coalescing.keyOf(rollup)).contains("status_change:system:1");
        assertThat(Coalescing.keyOf(dbDown)).isEqualTo(Coalescing.keyOf(rollup));
        assertThat(Coalescing.keyOf(incident)).isEmpty();
    }

    @Test
    void aChangeAfterAQuietSpell_isDueAtOnce_aChangeWithinTheWindow_waitsForItsEnd() {
        Coalescing coalescing = new Coalescing(Duration.ofSeconds(30));
        Delivery sent = Delivery.queue(new DeliveryId(1), new WebhookId(1), rollup, Coalescing.keyOf(rollup), T0, T0)
                .record(SendOutcome.delivered(200, Duration.ZERO), T0.plusSeconds(1), BackoffSchedule.DEFAULT, 0.5);

        assertThat(coalescing.dueAt(Optional.empty(), T0)).isEqualTo(T0);
        assertThat(coalescing.dueAt(Optional.of(sent), T0.plusSeconds(10))).isEqualTo(T0.plusSeconds(31));
        assertThat(coalescing.dueAt(Optional.of(sent), T0.plusSeconds(31))).isEqualTo(T0.plusSeconds(31));
        assertThat(coalescing.dueAt(Optional.of(sent), T0.plusSeconds(90))).isEqualTo(T0.plusSeconds(90));
        assertThat(new Coalescing(Duration.ZERO).dueAt(Optional.of(sent), T0.plusSeconds(2))).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void theWindow_isBounded() {
        assertThatThrownBy(() -> new Coalescing(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Coalescing(Duration.ofHours(2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMaintenanceWindow_silencesEveryStatusNotificationOfItsSystems() {
        Set<SystemId> covered = Set.of(new SystemId(1));

        assertThat(MaintenanceSilence.silences(rollup, covered::contains, s -> Optional.of(Status.OUTAGE))).isTrue();
        assertThat(MaintenanceSilence.silences(dbDown, covered::contains, s -> Optional.of(Status.OUTAGE))).isTrue();
        assertThat(MaintenanceSilence.silences(heartbeat, covered::contains, s -> Optional.of(Status.OUTAGE))).isTrue();
        assertThat(MaintenanceSilence.silences(incident, covered::contains, s -> Optional.of(Status.OUTAGE)))
                .as("incidents are never silenced").isFalse();
        assertThat(MaintenanceSilence.silences(rollup, s -> false, s -> Optional.of(Status.OUTAGE))).isFalse();
    }

    @Test
    void aSystemShowingMaintenance_silencesItsDependencies_butNotItsOwnChanges() {
        EventRecord intoMaintenance = WebhookFixtures.systemChange(6, api, Status.OPERATIONAL, Status.MAINTENANCE,
                "", StatusSource.MANUAL, Optional.empty(), T0);

        assertThat(MaintenanceSilence.silences(dbDown, s -> false, s -> Optional.of(Status.MAINTENANCE))).isTrue();
        assertThat(MaintenanceSilence.silences(heartbeat, s -> false, s -> Optional.of(Status.MAINTENANCE))).isTrue();
        assertThat(MaintenanceSilence.silences(intoMaintenance, s -> false, s -> Optional.of(Status.MAINTENANCE))).isFalse();
        assertThat(MaintenanceSilence.silences(dbDown, s -> false, s -> Optional.empty())).isFalse();
    }

    @Test
    void eventRecords_areLenient_butKeepTheirShape() {
        EventRecord long_ = WebhookFixtures.otherEvent(9, EventType.SLA_BREACH, "x".repeat(5000) + "\u0007", T0, api);

        assertThat(long_.summary()).hasSize(EventRecord.SUMMARY_MAX).endsWith("…");
        assertThatThrownBy(() -> new EventRecord(new EventId(1), EventType.SLA_BREACH, T0, "s",
                java.util.List.of(api), rollup.statusChange(), java.util.List.of()))
                .hasMessageContaining("status change facts belong to a status_change event");
    }
}
