package dev.vigil.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.incident.ChangeIncidentStateCommand;
import dev.vigil.application.port.in.incident.EditIncidentCommand;
import dev.vigil.application.port.in.incident.OpenIncidentCommand;
import dev.vigil.application.port.in.incident.PostIncidentUpdateCommand;
import dev.vigil.application.port.in.incident.ResolveIncidentCommand;
import dev.vigil.application.port.in.incident.UnknownIncident;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.domain.incident.IllegalIncidentTransition;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentId;
import dev.vigil.domain.incident.IncidentOpened;
import dev.vigil.domain.incident.IncidentResolved;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.incident.IncidentUpdated;
import dev.vigil.domain.incident.UpdateVisibility;
import dev.vigil.domain.system.SystemId;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentServicesTest {
    private final InMemoryVigil vigil = new InMemoryVigil();
    private final SystemId api = vigil.createSystem.create(CreateSystemCommand.named("Checkout API")).id();

    private Incident open(String title, Impact impact) {
        return vigil.openIncident.open(new OpenIncidentCommand(title, impact, Set.of(api), "Elevated errors",
                UpdateVisibility.PUBLIC, "alice", Optional.empty()));
    }

    @Test
    void open_storesTheIncident_andPublishesItWithTheSystemNames() {
        Incident incident = open("Checkout errors", Impact.MAJOR);

        assertThat(vigil.incidents.byId(incident.id())).contains(incident);
        assertThat(incident.startedAt()).isEqualTo(vigil.clock.instant());
        IncidentOpened event = vigil.events.received(IncidentOpened.class).get(0);
        assertThat(event.systemNames()).containsExactly("Checkout API");
        assertThat(event.systems()).containsExactly(api);
        assertThat(event.summary()).contains("Checkout errors", "major", "Elevated errors");
    }

    @Test
    void open_forAnUnknownSystem_isRefused_andStoresNothing() {
        var command = new OpenIncidentCommand("x", Impact.MINOR, Set.of(new SystemId(99)), "m",
                UpdateVisibility.PUBLIC, "", Optional.empty());

        assertThatThrownBy(() -> vigil.openIncident.open(command)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("system_ids names system 99, which does not exist");
        assertThat(vigil.incidents.page(10, 0)).isEmpty();
        assertThat(vigil.events.received()).isEmpty();
    }

    @Test
    void lists_newestFirst_activeByImpact_andRecentlyResolved() {
        Incident minor = open("minor", Impact.MINOR);
        vigil.clock.advance(Duration.ofMinutes(1));
        Incident critical = open("critical", Impact.CRITICAL);
        vigil.clock.advance(Duration.ofMinutes(1));
        Incident resolved = open("resolved", Impact.MAJOR);
        vigil.resolveIncident.resolve(new ResolveIncidentCommand(resolved.id(), "", Optional.empty(), "bob"));

        assertThat(vigil.listIncidents.page(10, 0)).extracting(Incident::title)
                .containsExactly("resolved", "critical", "minor");
        assertThat(vigil.listActiveIncidents.active()).containsExactly(critical, minor);
        assertThat(vigil.listRecentIncidents.resolvedWithin(7)).extracting(Incident::id).containsExactly(resolved.id());
        vigil.clock.advance(Duration.ofDays(8));
        assertThat(vigil.listRecentIncidents.resolvedWithin(7)).isEmpty();
        assertThatThrownBy(() -> vigil.listRecentIncidents.resolvedWithin(0)).hasMessage("days must be between 1 and 365");
        assertThatThrownBy(() -> vigil.listIncidents.page(201, 0)).hasMessage("limit must be between 1 and 200");
    }

    @Test
    void changeState_publishesWhatChanged_andResolvedGetsItsOwnEvent() {
        Incident incident = open("x", Impact.MINOR);

        vigil.changeIncidentState.change(new ChangeIncidentStateCommand(incident.id(), IncidentState.IDENTIFIED,
                "Found it", UpdateVisibility.PUBLIC, "bob"));
        vigil.clock.advance(Duration.ofMinutes(12));
        Incident resolved = vigil.changeIncidentState.change(new ChangeIncidentStateCommand(incident.id(),
                IncidentState.RESOLVED, "", UpdateVisibility.PUBLIC, "bob"));

        assertThat(vigil.events.received(IncidentUpdated.class).get(0).changes())
                .containsExactly("state: investigating -> identified");
        assertThat(resolved.resolvedAt()).contains(vigil.clock.instant());
        assertThat(vigil.events.received(IncidentResolved.class).get(0).lasted()).isEqualTo(Duration.ofMinutes(12));
    }

    @Test
    void illegalMoves_areRuleViolations_andChangeNothing() {
        Incident incident = open("x", Impact.MINOR);
        vigil.resolveIncident.resolve(new ResolveIncidentCommand(incident.id(), "", Optional.empty(), "bob"));
        int events = vigil.events.received().size();

        assertThatThrownBy(() -> vigil.changeIncidentState.change(new ChangeIncidentStateCommand(incident.id(),
                IncidentState.MONITORING, "", UpdateVisibility.PUBLIC, ""))).isInstanceOf(IllegalIncidentTransition.class);
        assertThatThrownBy(() -> vigil.postIncidentUpdate.post(new PostIncidentUpdateCommand(incident.id(), "more",
                UpdateVisibility.PUBLIC, ""))).isInstanceOf(IllegalIncidentTransition.class);
        assertThatThrownBy(() -> vigil.acknowledgeIncident.acknowledge(incident.id(), "carol"))
                .isInstanceOf(IllegalIncidentTransition.class);
        assertThat(vigil.events.received()).hasSize(events);
        assertThat(vigil.incidents.byId(incident.id()).orElseThrow().updates()).hasSize(2);
    }

    @Test
    void internalUpdates_areFlaggedInTheirEvent() {
        Incident incident = open("x", Impact.MINOR);

        vigil.postIncidentUpdate.post(new PostIncidentUpdateCommand(incident.id(), "Customer DB 7 is the culprit",
                UpdateVisibility.INTERNAL, "bob"));

        IncidentUpdated event = vigil.events.received(IncidentUpdated.class).get(0);
        assertThat(event.internal()).isTrue();
        assertThat(event.summary()).doesNotContain("Customer DB 7");
    }

    @Test
    void acknowledge_once() {
        Incident incident = open("x", Impact.MINOR);

        Incident acknowledged = vigil.acknowledgeIncident.acknowledge(incident.id(), "bob");

        assertThat(acknowledged.acknowledgedBy()).contains("bob");
        assertThat(vigil.events.received(IncidentUpdated.class).get(0).changes()).containsExactly("acknowledged by bob");
        assertThatThrownBy(() -> vigil.acknowledgeIncident.acknowledge(incident.id(), "carol"))
                .isInstanceOf(IllegalIncidentTransition.class);
    }

    @Test
    void edit_namesEachChange_andAnEditThatChangesNothingPublishesNothing() {
        Incident incident = open("x", Impact.MINOR);

        vigil.editIncident.edit(new EditIncidentCommand(incident.id(), Optional.of("Checkout down"),
                Optional.of(Impact.CRITICAL), Optional.empty(), Optional.empty()));
        vigil.editIncident.edit(new EditIncidentCommand(incident.id(), Optional.of("Checkout down"),
                Optional.empty(), Optional.of(Set.of(api)), Optional.empty()));

        assertThat(vigil.events.received(IncidentUpdated.class)).hasSize(1);
        assertThat(vigil.events.received(IncidentUpdated.class).get(0).changes())
                .containsExactly("title: x -> Checkout down", "impact: minor -> critical");
    }

    @Test
    void resolvedIncidents_takeAPostmortemThroughEdit() {
        Incident incident = open("x", Impact.MINOR);
        vigil.resolveIncident.resolve(new ResolveIncidentCommand(incident.id(), "Fixed", Optional.empty(), "bob"));

        Incident edited = vigil.editIncident.edit(new EditIncidentCommand(incident.id(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("Root cause: a full disk")));

        assertThat(edited.postmortem()).isEqualTo("Root cause: a full disk");
        assertThat(edited.isResolved()).isTrue();
    }

    @Test
    void unknownIds_areNotFound_andDeleteRemoves() {
        Incident incident = open("x", Impact.MINOR);

        vigil.deleteIncident.delete(incident.id());

        assertThatThrownBy(() -> vigil.showIncident.show(incident.id())).isInstanceOf(UnknownIncident.class)
                .hasMessage("incident " + incident.id() + " not found");
        assertThatThrownBy(() -> vigil.deleteIncident.delete(new IncidentId(99))).isInstanceOf(UnknownIncident.class);
        assertThatThrownBy(() -> vigil.resolveIncident.resolve(new ResolveIncidentCommand(new IncidentId(99), "",
                Optional.empty(), ""))).isInstanceOf(UnknownIncident.class);
    }
}
