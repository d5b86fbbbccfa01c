package dev.vigil.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.dependency.AddDependencyCommand;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatusCommand;
import dev.vigil.application.port.in.incident.ResolveIncidentCommand;
import dev.vigil.application.port.in.incident.SweepAutomaticIncidents;
import dev.vigil.application.port.in.maintenance.ScheduleMaintenanceCommand;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.application.port.in.system.UpdateSystemCommand;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentOpened;
import dev.vigil.domain.incident.IncidentOrigin;
import dev.vigil.domain.incident.IncidentResolved;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AutomaticIncidentsTest {
    private final InMemoryVigil vigil = new InMemoryVigil();
    private final MonitoredSystem api = vigil.createSystem.create(CreateSystemCommand.named("Checkout API"));
    private final DependencyId db = vigil.addDependency.add(new AddDependencyCommand(api.id(), "PostgreSQL", "",
            Criticality.CRITICAL)).id();
    private final DependencyId cache = vigil.addDependency.add(new AddDependencyCommand(api.id(), "Redis", "",
            Criticality.MINOR)).id();

    private void set(DependencyId dependency, Status status) {
        vigil.changeDependencyStatus.change(new ChangeDependencyStatusCommand(dependency, status, "probe says so"));
    }

    private SweepAutomaticIncidents.Sweep sweepAfter(Duration wait) {
        vigil.clock.advance(wait);
        return vigil.sweepAutomaticIncidents.sweep();
    }

    @Test
    void anOutageLongerThanTheDelay_opensOneIncident_startingWhenTheOutageDid() {
        Instant down = vigil.clock.instant();
        set(db, Status.OUTAGE);

        assertThat(sweepAfter(Duration.ofSeconds(119)).opened()).isZero();
        assertThat(sweepAfter(Duration.ofSeconds(1)).opened()).isEqualTo(1);
        assertThat(sweepAfter(Duration.ofMinutes(5)).opened()).isZero();

        Incident incident = vigil.incidents.openAutomaticOf(api.id()).orElseThrow();
        assertThat(incident.origin()).isEqualTo(IncidentOrigin.AUTOMATIC);
        assertThat(incident.startedAt()).isEqualTo(down);
        assertThat(incident.title()).isEqualTo("Checkout API is down");
        assertThat(incident.updates().get(0).message()).contains("in outage since " + down, "2 min",
                "Dependency PostgreSQL is red");
        assertThat(vigil.events.received(IncidentOpened.class)).hasSize(1);
    }

    @Test
    void laterStatusChanges_addUpdates_andRecovery_resolvesWithTheDuration() {
        set(db, Status.OUTAGE);
        sweepAfter(Duration.ofMinutes(3));
        vigil.clock.advance(Duration.ofMinutes(4));
        set(db, Status.DEGRADED);
        set(cache, Status.OUTAGE);

        assertThat(sweepAfter(Duration.ofSeconds(10)).updated()).isEqualTo(1);
        vigil.clock.advance(Duration.ofMinutes(5));
        set(db, Status.OPERATIONAL);
        set(cache, Status.OPERATIONAL);
        assertThat(sweepAfter(Duration.ofSeconds(10)).resolved()).isEqualTo(1);

        Incident incident = vigil.incidents.page(1, 0).get(0);
        assertThat(incident.isResolved()).isTrue();
        assertThat(incident.resolvedAt()).contains(incident.startedAt().plus(Duration.ofMinutes(12)).plusSeconds(10));
        assertThat(incident.updates()).extracting(u -> u.message().split("\\.")[0])
                .containsExactly(incident.updates().get(0).message().split("\\.")[0],
                        "Status is now yellow (was red)", "Recovered after 12 min");
        assertThat(vigil.events.received(IncidentResolved.class).get(0).summary()).contains("Recovered after 12 min");
    }

    @Test
    void aSweepAfterARestart_repeatsNothing() {
        set(db, Status.OUTAGE);
        sweepAfter(Duration.ofMinutes(3));
        set(db, Status.DEGRADED);
        sweepAfter(Duration.ofSeconds(5));
        var restarted = new SweepAutomaticIncidentsService(vigil.systems, vigil.incidents, vigil.history,
                vigil.maintenanceWindows, vigil.events, vigil.transactions, vigil.clock);

        vigil.clock.advance(Duration.ofSeconds(5));
        var sweep = restarted.sweep();

        assertThat(sweep).isEqualTo(new SweepAutomaticIncidents.Sweep(0, 0, 0));
        assertThat(vigil.incidents.openAutomaticOf(api.id()).orElseThrow().updates()).hasSize(2);
    }

    @Test
    void anIncidentResolvedByAPerson_isNotReopenedForTheSameOutage_butANewOutageGetsOne() {
        set(db, Status.OUTAGE);
        sweepAfter(Duration.ofMinutes(3));
        Incident incident = vigil.incidents.openAutomaticOf(api.id()).orElseThrow();
        vigil.resolveIncident.resolve(new ResolveIncidentCommand(incident.id(), "We know", Optional.empty(), "bob"));

        assertThat(sweepAfter(Duration.ofMinutes(10)).opened()).isZero();
        set(db, Status.OPERATIONAL);
        vigil.clock.advance(Duration.ofMinutes(1));
        set(db, Status.OUTAGE);
        assertThat(sweepAfter(Duration.ofMinutes(3)).opened()).isEqualTo(1);
        assertThat(vigil.incidents.page(10, 0)).hasSize(2);
    }

    @Test
    void zeroTurnsItOff_andOtherDelaysAreHonoured() {
        vigil.updateSystem.update(new UpdateSystemCommand(api.id(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Duration.ZERO)));
        set(db, Status.OUTAGE);

        assertThat(sweepAfter(Duration.ofHours(5)).opened()).isZero();

        vigil.updateSystem.update(new UpdateSystemCommand(api.id(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Duration.ofHours(6))));
        assertThat(sweepAfter(Duration.ofMinutes(59)).opened()).isZero();
        assertThat(sweepAfter(Duration.ofMinutes(1)).opened()).isEqualTo(1);
    }

    @Test
    void noIncidentOpensDuringMaintenance() {
        vigil.scheduleMaintenance.schedule(new ScheduleMaintenanceCommand("Upgrade", "", vigil.clock.instant(),
                vigil.clock.instant().plus(Duration.ofHours(1)), Set.of(api.id())));
        set(db, Status.OUTAGE);

        assertThat(sweepAfter(Duration.ofMinutes(30)).opened()).isZero();
        assertThat(vigil.systems.byId(api.id()).orElseThrow().status()).isEqualTo(Status.MAINTENANCE);
        vigil.clock.advance(Duration.ofMinutes(30));
        vigil.applyMaintenanceWindows.apply();
        assertThat(vigil.systems.byId(api.id()).orElseThrow().status()).isEqualTo(Status.OUTAGE);
        assertThat(sweepAfter(Duration.ofMinutes(1)).opened()).isZero();
        assertThat(sweepAfter(Duration.ofMinutes(1)).opened()).as("two minutes after the window ended").isEqualTo(1);
    }

    @Test
    void theIncidentOfADeletedSystem_isResolved() {
        set(db, Status.OUTAGE);
        sweepAfter(Duration.ofMinutes(3));

        vigil.deleteSystem.delete(api.id());
        var sweep = sweepAfter(Duration.ofSeconds(10));

        assertThat(sweep.resolved()).isEqualTo(1);
        assertThat(vigil.incidents.page(1, 0).get(0).latestUpdate().message()).isEqualTo("The system was deleted.");
    }

    @Test
    void aSweepWithNothingToDo_writesNothing() {
        set(db, Status.OUTAGE);
        sweepAfter(Duration.ofMinutes(3));
        set(db, Status.OPERATIONAL);
        sweepAfter(Duration.ofSeconds(10));
        int before = vigil.transactions.started();

        sweepAfter(Duration.ofSeconds(10));
        vigil.applyMaintenanceWindows.apply();
        vigil.tallyStatusDays.tallyClosedDays();

        assertThat(vigil.transactions.started()).isEqualTo(before);
    }
}
