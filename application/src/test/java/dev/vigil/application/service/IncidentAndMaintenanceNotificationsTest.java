package dev.vigil.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.incident.ChangeIncidentStateCommand;
import dev.vigil.application.port.in.incident.OpenIncidentCommand;
import dev.vigil.application.port.in.incident.PostIncidentUpdateCommand;
import dev.vigil.application.port.in.maintenance.ScheduleMaintenanceCommand;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.application.port.in.system.UpdateSystemCommand;
import dev.vigil.application.port.in.webhook.RegisterWebhookCommand;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.incident.UpdateVisibility;
import dev.vigil.domain.maintenance.MaintenanceId;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.Visibility;
import dev.vigil.domain.webhook.EventRecord;
import dev.vigil.domain.webhook.WebhookType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the outbox keeps of incidents and maintenance windows: internal notes never, and a window called off before it
 * began is told, so that nobody waits for it.
 */
class IncidentAndMaintenanceNotificationsTest {
    private static final String SECRET_NOTE = "root cause: the intern's script dropped the orders table";
    private final InMemoryVigil vigil = new InMemoryVigil();
    private MonitoredSystem api;

    @BeforeEach
    void aSystemAndAWebhookForEverything() {
        api = vigil.createSystem.create(CreateSystemCommand.named("Checkout API"));
        vigil.registerWebhook.register(new RegisterWebhookCommand("Ops", WebhookType.GENERIC,
                Optional.of("https://hooks.example.com/x"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Set.of(EventType.values())), Set.of(), true));
    }

    private List<EventRecord> queued() {
        return vigil.outbox.allEvents();
    }

    private Incident open(String message, UpdateVisibility visibility) {
        return vigil.openIncident.open(new OpenIncidentCommand("Checkout errors", Impact.MAJOR, Set.of(api.id()),
                message, visibility, "alice", Optional.empty()));
    }

    private static String everything(EventRecord e) {
        return e.summary() + " " + e.facts();
    }

    @Test
    void anInternalNote_isNeverQueued_andNoOtherEventCarriesInternalText() {
        Incident incident = open(SECRET_NOTE, UpdateVisibility.INTERNAL);
        vigil.postIncidentUpdate.post(new PostIncidentUpdateCommand(incident.id(), SECRET_NOTE, UpdateVisibility.INTERNAL,
                "bob"));
        vigil.changeIncidentState.change(new ChangeIncidentStateCommand(incident.id(), IncidentState.IDENTIFIED,
                SECRET_NOTE, UpdateVisibility.INTERNAL, "bob"));
        vigil.changeIncidentState.change(new ChangeIncidentStateCommand(incident.id(), IncidentState.RESOLVED,
                SECRET_NOTE, UpdateVisibility.INTERNAL, "bob"));

        assertThat(queued()).extracting(EventRecord::type).containsExactly(EventType.INCIDENT_OPENED,
                EventType.INCIDENT_UPDATED, EventType.INCIDENT_RESOLVED);
        assertThat(queued()).allSatisfy(e -> assertThat(everything(e)).doesNotContain("orders table")
                .doesNotContain("internal"));
        assertThat(queued().get(1).value("changes")).isEqualTo("state: investigating -> identified");
        assertThat(queued().get(1).value("message")).isEmpty();
        assertThat(queued().get(2).value("message")).isEmpty();
        assertThat(vigil.showIncident.show(incident.id()).publicUpdates()).extracting(u -> u.message())
                .doesNotContain(SECRET_NOTE);
    }

    @Test
    void publicWords_areQueued_withTheIncidentsOwnFields() {
        Incident incident = open("Customers see errors when paying.", UpdateVisibility.PUBLIC);
        vigil.clock.advance(Duration.ofMinutes(12));
        vigil.postIncidentUpdate.post(new PostIncidentUpdateCommand(incident.id(), "Rolling back.", UpdateVisibility.PUBLIC,
                "bob"));
        vigil.changeIncidentState.change(new ChangeIncidentStateCommand(incident.id(), IncidentState.RESOLVED,
                "Payments work again.", UpdateVisibility.PUBLIC, "bob"));

        EventRecord opened = queued().get(0);
        EventRecord updated = queued().get(1);
        EventRecord resolved = queued().get(2);
        assertThat(opened.value("message")).isEqualTo("Customers see errors when paying.");
        assertThat(opened.value("impact")).isEqualTo("major");
        assertThat(opened.value("origin")).isEqualTo("manual");
        assertThat(updated.value("changes")).isEqualTo("new public update");
        assertThat(updated.value("message")).isEqualTo("Rolling back.");
        assertThat(updated.value("state")).isEqualTo("investigating");
        assertThat(resolved.value("message")).isEqualTo("Payments work again.");
        assertThat(resolved.value("duration_seconds")).isEqualTo("720");
        assertThat(resolved.fact("resolved_at").flatMap(f -> f.instant())).contains(vigil.clock.instant());
    }

    private MaintenanceId schedule(Instant start) {
        return vigil.scheduleMaintenance.schedule(new ScheduleMaintenanceCommand("Database upgrade", "16 to 17",
                start, start.plus(Duration.ofHours(2)), Set.of(api.id()))).window().id();
    }

    @Test
    void aWindowCancelledBeforeItBegan_isToldAsCalledOff_andOneInProgress_asEndedEarly() {
        MaintenanceId later = schedule(vigil.clock.instant().plus(Duration.ofDays(1)));
        MaintenanceId now = schedule(vigil.clock.instant());

        vigil.cancelMaintenance.cancel(later);
        vigil.clock.advance(Duration.ofMinutes(30));
        vigil.cancelMaintenance.cancel(now);

        List<EventRecord> completed = queued().stream().filter(e -> e.type() == EventType.MAINTENANCE_COMPLETED).toList();
        assertThat(completed).hasSize(2);
        assertThat(completed.get(0).value("maintenance_id")).isEqualTo(Long.toString(later.value()));
        assertThat(completed.get(0).value("started")).isEqualTo("false");
        assertThat(completed.get(0).value("cancelled")).isEqualTo("true");
        assertThat(completed.get(1).value("maintenance_id")).isEqualTo(Long.toString(now.value()));
        assertThat(completed.get(1).value("started")).isEqualTo("true");
        assertThat(completed.get(1).value("cancelled")).isEqualTo("true");
    }

    @Test
    void deletingAScheduledWindow_isToldAsCalledOff_butDeletingACancelledOneTellsNothingMore() {
        MaintenanceId deleted = schedule(vigil.clock.instant().plus(Duration.ofDays(1)));
        MaintenanceId cancelledFirst = schedule(vigil.clock.instant().plus(Duration.ofDays(2)));
        vigil.cancelMaintenance.cancel(cancelledFirst);

        vigil.deleteMaintenance.delete(deleted);
        vigil.deleteMaintenance.delete(cancelledFirst);

        assertThat(queued()).extracting(EventRecord::type).containsExactly(EventType.MAINTENANCE_SCHEDULED,
                EventType.MAINTENANCE_SCHEDULED, EventType.MAINTENANCE_COMPLETED, EventType.MAINTENANCE_COMPLETED);
        assertThat(queued().get(3).value("maintenance_id")).isEqualTo(Long.toString(deleted.value()));
        assertThat(queued().get(3).summary()).contains("called off");
    }

    @Test
    void aPrivateSystem_hasNoPageToLinkTo() {
        vigil.updateSystem.update(new UpdateSystemCommand(api.id(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(Visibility.PRIVATE), Optional.empty()));

        open("Errors", UpdateVisibility.PUBLIC);

        assertThat(queued().get(0).systems()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Checkout API");
            assertThat(s.slug()).isEmpty();
        });
    }
}
