package dev.vigil.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.domain.check.HeartbeatMissing;
import dev.vigil.domain.event.DomainEvent;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.IncidentId;
import dev.vigil.domain.incident.IncidentOpened;
import dev.vigil.domain.incident.IncidentOrigin;
import dev.vigil.domain.incident.IncidentResolved;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.incident.IncidentUpdate;
import dev.vigil.domain.incident.IncidentUpdated;
import dev.vigil.domain.incident.UpdateVisibility;
import dev.vigil.domain.maintenance.MaintenanceCompleted;
import dev.vigil.domain.maintenance.MaintenanceId;
import dev.vigil.domain.maintenance.MaintenanceScheduled;
import dev.vigil.domain.maintenance.MaintenanceStarted;
import dev.vigil.domain.sla.SlaBreachId;
import dev.vigil.domain.sla.SlaBreached;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.webhook.Fact;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fields each kind of event gives notifications: the generic webhook's {@code details}, and what chat wording reads. */
class EventDescriberTest {
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final SystemId API = new SystemId(1);
    private static final IncidentId INCIDENT = new IncidentId(7);
    private static final MaintenanceId WINDOW = new MaintenanceId(3);

    private static Map<String, String> facts(DomainEvent event) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Fact f : EventDescriber.facts(event)) {
            map.put(f.key(), f.kind().name().charAt(0) + ":" + f.value());
        }
        return map;
    }

    @Test
    void aMissingHeartbeat_namesItsDependency_lastPing_andDeadline() {
        var never = new HeartbeatMissing(API, new DependencyId(5), "Checkout API", "Nightly export", Optional.empty(),
                AT.minusSeconds(60), AT);

        assertThat(facts(never)).containsExactly(Map.entry("dependency_id", "N:5"),
                Map.entry("dependency_name", "T:Nightly export"), Map.entry("last_ping_at", "T:"),
                Map.entry("due_by", "T:2026-03-01T11:59:00Z"));
    }

    @Test
    void incidents_tellTheirOwnFields_andOnlyPublicWords() {
        var opened = new IncidentOpened(INCIDENT, "Checkout errors", Impact.MAJOR, IncidentOrigin.AUTOMATIC, Set.of(API),
                List.of("Checkout API"), "Checkout API has been in outage", AT.minusSeconds(120), AT);
        var internal = new IncidentUpdate(2, AT, IncidentState.IDENTIFIED, "secret", UpdateVisibility.INTERNAL, "bob");
        var updated = new IncidentUpdated(INCIDENT, "Checkout errors", Impact.CRITICAL, IncidentState.IDENTIFIED,
                Set.of(API), List.of("Checkout API"), List.of("state: investigating -> identified", "impact: major -> critical"),
                Optional.of(internal), AT);
        var resolved = new IncidentResolved(INCIDENT, "Checkout errors", Impact.MAJOR, IncidentOrigin.MANUAL, Set.of(API),
                List.of("Checkout API"), AT.minusSeconds(725), AT.minusSeconds(5), "Fixed.", AT);

        assertThat(facts(opened)).containsExactly(Map.entry("incident_id", "N:7"), Map.entry("title", "T:Checkout errors"),
                Map.entry("impact", "T:major"), Map.entry("origin", "T:automatic"),
                Map.entry("started_at", "T:2026-03-01T11:58:00Z"), Map.entry("message", "T:Checkout API has been in outage"));
        assertThat(facts(updated)).containsEntry("state", "T:identified").containsEntry("impact", "T:critical")
                .containsEntry("changes", "T:state: investigating -> identified; impact: major -> critical")
                .containsEntry("message", "T:");
        assertThat(facts(updated).values()).noneMatch(v -> v.contains("secret"));
        assertThat(facts(resolved)).containsEntry("duration_seconds", "N:720").containsEntry("resolved_at",
                "T:2026-03-01T11:59:55Z").containsEntry("message", "T:Fixed.").containsEntry("origin", "T:manual");
    }

    @Test
    void maintenanceWindows_tellTheirTimes_systems_andHowTheyEnded() {
        Instant start = AT.plus(Duration.ofDays(6));
        var scheduled = new MaintenanceScheduled(WINDOW, "Database upgrade", "16 to 17", start, start.plusSeconds(7200),
                true, Set.of(API), List.of("Checkout API"), true, AT);
        var started = new MaintenanceStarted(WINDOW, "Database upgrade", "16 to 17", start, start.plusSeconds(7200), false,
                Set.of(API), List.of("Checkout API"), start);
        var calledOff = new MaintenanceCompleted(WINDOW, "Database upgrade", "", start, start.plusSeconds(7200), true,
                false, Set.of(API), List.of("Checkout API"), AT);

        assertThat(facts(scheduled)).containsEntry("starts_at", "T:2026-03-07T12:00:00Z")
                .containsEntry("ends_at", "T:2026-03-07T14:00:00Z").containsEntry("all_systems", "F:true")
                .containsEntry("rescheduled", "F:true").containsEntry("description", "T:16 to 17");
        assertThat(facts(started)).containsEntry("maintenance_id", "N:3").containsEntry("all_systems", "F:false");
        assertThat(facts(calledOff)).containsEntry("cancelled", "F:true").containsEntry("started", "F:false");
        assertThat(calledOff.summary()).isEqualTo("Maintenance #3 called off: Database upgrade (Checkout API)");
    }

    @Test
    void anSlaBreach_tellsTargetAvailabilityBudgetAndSpent() {
        var breach = new SlaBreached(new SlaBreachId(2), API, "Checkout API", SlaPeriod.MONTH,
                Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"), 99.9, 99.8123,
                Duration.ofMillis(2_678_400), Duration.ofSeconds(3168), AT);

        assertThat(facts(breach)).containsExactly(Map.entry("breach_id", "N:2"), Map.entry("period", "T:month"),
                Map.entry("period_start", "T:2026-03-01T00:00:00Z"), Map.entry("period_end", "T:2026-04-01T00:00:00Z"),
                Map.entry("sla_target", "N:99.9"), Map.entry("availability_percent", "N:99.8123"),
                Map.entry("error_budget_seconds", "N:2678.4"), Map.entry("budget_spent_seconds", "N:3168"));
    }
}
