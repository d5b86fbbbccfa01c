package dev.vigil.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.dependency.AddDependencyCommand;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatusCommand;
import dev.vigil.application.port.in.maintenance.ApplyMaintenanceWindows;
import dev.vigil.application.port.in.maintenance.MaintenanceSnapshot;
import dev.vigil.application.port.in.maintenance.RescheduleMaintenanceCommand;
import dev.vigil.application.port.in.maintenance.ScheduleMaintenanceCommand;
import dev.vigil.application.port.in.maintenance.UnknownMaintenance;
import dev.vigil.application.port.in.system.ChangeSystemStatusCommand;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.maintenance.MaintenanceCompleted;
import dev.vigil.domain.maintenance.MaintenanceId;
import dev.vigil.domain.maintenance.MaintenanceRuleViolation;
import dev.vigil.domain.maintenance.MaintenanceScheduled;
import dev.vigil.domain.maintenance.MaintenanceStarted;
import dev.vigil.domain.maintenance.MaintenanceState;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaintenanceServicesTest {
    private final InMemoryVigil vigil = new InMemoryVigil();
    private final MonitoredSystem api = vigil.createSystem.create(CreateSystemCommand.named("Checkout API"));
    private final MonitoredSystem billing = vigil.createSystem.create(CreateSystemCommand.named("Billing"));
    private final Dependency db = vigil.addDependency.add(new AddDependencyCommand(api.id(), "PostgreSQL", "",
            Criticality.CRITICAL));
    private final Instant now = vigil.clock.instant();

    private MaintenanceSnapshot schedule(Duration startsIn, Duration lasts, Set<SystemId> systems) {
        return vigil.scheduleMaintenance.schedule(new ScheduleMaintenanceCommand("DB upgrade", "Postgres 17",
                now.plus(startsIn), now.plus(startsIn).plus(lasts), systems));
    }

    private Status statusOf(MonitoredSystem system) {
        return vigil.systems.byId(system.id()).orElseThrow().status();
    }

    private StatusLogEntry lastSystemEntry(MonitoredSystem system) {
        return vigil.history.lastSystemChange(system.id()).orElseThrow();
    }

    @Test
    void schedule_isAnnounced_andTakesEffectWhenItStarts() {
        MaintenanceSnapshot scheduled = schedule(Duration.ofHours(1), Duration.ofHours(2), Set.of(api.id()));

        assertThat(scheduled.state()).isEqualTo(MaintenanceState.SCHEDULED);
        assertThat(vigil.events.received(MaintenanceScheduled.class).get(0).systemNames()).containsExactly("Checkout API");
        assertThat(vigil.applyMaintenanceWindows.apply()).isEqualTo(new ApplyMaintenanceWindows.Applied(0, 0));

        vigil.clock.advance(Duration.ofHours(1));
        assertThat(vigil.applyMaintenanceWindows.apply()).isEqualTo(new ApplyMaintenanceWindows.Applied(1, 0));
        assertThat(vigil.applyMaintenanceWindows.apply()).isEqualTo(new ApplyMaintenanceWindows.Applied(0, 0));

        assertThat(statusOf(api)).isEqualTo(Status.MAINTENANCE);
        assertThat(statusOf(billing)).isEqualTo(Status.OPERATIONAL);
        StatusChange start = lastSystemEntry(api).change();
        assertThat(start.source()).isEqualTo(StatusSource.MAINTENANCE);
        assertThat(start.message()).isEqualTo("Maintenance #" + scheduled.window().id() + " began: DB upgrade");
        assertThat(vigil.events.received(MaintenanceStarted.class)).hasSize(1);
        assertThat(vigil.showMaintenance.show(scheduled.window().id()).state()).isEqualTo(MaintenanceState.IN_PROGRESS);
    }

    @Test
    void theEnd_derivesTheStatusAgain_fromWhatTheDependenciesSayNow() {
        schedule(Duration.ZERO, Duration.ofHours(1), Set.of());
        assertThat(statusOf(api)).as("a window starting now takes effect at once").isEqualTo(Status.MAINTENANCE);
        assertThat(statusOf(billing)).as("no system named: all of them").isEqualTo(Status.MAINTENANCE);
        vigil.changeDependencyStatus.change(new ChangeDependencyStatusCommand(db.id(), Status.OUTAGE, "disk full"));
        assertThat(statusOf(api)).isEqualTo(Status.MAINTENANCE);

        vigil.clock.advance(Duration.ofHours(1));
        assertThat(vigil.applyMaintenanceWindows.apply()).isEqualTo(new ApplyMaintenanceWindows.Applied(0, 1));

        assertThat(statusOf(api)).isEqualTo(Status.OUTAGE);
        assertThat(statusOf(billing)).isEqualTo(Status.OPERATIONAL);
        assertThat(lastSystemEntry(api).change().source()).isEqualTo(StatusSource.MAINTENANCE);
        assertThat(lastSystemEntry(api).change().message()).endsWith("ended: DB upgrade");
        MaintenanceCompleted completed = vigil.events.received(MaintenanceCompleted.class).get(0);
        assertThat(completed.cancelled()).isFalse();
        assertThat(completed.allSystems()).isTrue();
        assertThat(completed.systems()).containsExactlyInAnyOrder(api.id(), billing.id());
    }

    @Test
    void aWorseManualStatus_showsThroughMaintenance() {
        schedule(Duration.ZERO, Duration.ofHours(1), Set.of(api.id()));

        vigil.changeSystemStatus.change(new ChangeSystemStatusCommand(api.id(), Status.DEGRADED, "slow"));

        assertThat(statusOf(api)).isEqualTo(Status.DEGRADED);
    }

    @Test
    void cancel_endsAWindowInProgressAtOnce() {
        MaintenanceSnapshot window = schedule(Duration.ZERO, Duration.ofHours(1), Set.of(api.id()));
        vigil.clock.advance(Duration.ofMinutes(10));

        MaintenanceSnapshot cancelled = vigil.cancelMaintenance.cancel(window.window().id());

        assertThat(cancelled.state()).isEqualTo(MaintenanceState.CANCELLED);
        assertThat(statusOf(api)).isEqualTo(Status.OPERATIONAL);
        assertThat(lastSystemEntry(api).change().message()).contains("was cancelled");
        assertThat(vigil.events.received(MaintenanceCompleted.class).get(0).cancelled()).isTrue();
        assertThat(vigil.applyMaintenanceWindows.apply()).isEqualTo(new ApplyMaintenanceWindows.Applied(0, 0));
        assertThatThrownBy(() -> vigil.cancelMaintenance.cancel(window.window().id()))
                .isInstanceOf(MaintenanceRuleViolation.class);
    }

    @Test
    void reschedule_announcesMovedTimes_andRefusesChangesToHistory() {
        MaintenanceSnapshot window = schedule(Duration.ofHours(1), Duration.ofHours(1), Set.of(api.id()));
        MaintenanceId id = window.window().id();

        vigil.rescheduleMaintenance.reschedule(new RescheduleMaintenanceCommand(id, Optional.of("Bigger upgrade"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        vigil.rescheduleMaintenance.reschedule(new RescheduleMaintenanceCommand(id, Optional.empty(), Optional.empty(),
                Optional.of(now.plus(Duration.ofHours(2))), Optional.of(now.plus(Duration.ofHours(3))),
                Optional.empty()));

        assertThat(vigil.events.received(MaintenanceScheduled.class)).extracting(MaintenanceScheduled::rescheduled)
                .containsExactly(false, true);
        vigil.clock.advance(Duration.ofHours(4));
        assertThatThrownBy(() -> vigil.rescheduleMaintenance.reschedule(new RescheduleMaintenanceCommand(id,
                Optional.of("late"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())))
                .isInstanceOf(MaintenanceRuleViolation.class);
    }

    @Test
    void lists_activeAndUpcoming_byTheClock() {
        MaintenanceSnapshot active = schedule(Duration.ZERO, Duration.ofHours(1), Set.of(api.id()));
        MaintenanceSnapshot upcoming = schedule(Duration.ofHours(2), Duration.ofHours(1), Set.of(api.id()));
        MaintenanceSnapshot cancelled = schedule(Duration.ofHours(3), Duration.ofHours(1), Set.of(api.id()));
        vigil.cancelMaintenance.cancel(cancelled.window().id());

        assertThat(vigil.listActiveMaintenances.active()).extracting(s -> s.window().id())
                .containsExactly(active.window().id());
        assertThat(vigil.listUpcomingMaintenances.upcoming()).extracting(s -> s.window().id())
                .containsExactly(upcoming.window().id());
        assertThat(vigil.listMaintenances.page(10, 0)).extracting(MaintenanceSnapshot::state)
                .containsExactly(MaintenanceState.CANCELLED, MaintenanceState.SCHEDULED, MaintenanceState.IN_PROGRESS);
    }

    @Test
    void delete_onlyWhatNeverTookEffect_andUnknownIdsAreNotFound() {
        MaintenanceSnapshot future = schedule(Duration.ofHours(1), Duration.ofHours(1), Set.of(api.id()));
        MaintenanceSnapshot running = schedule(Duration.ZERO, Duration.ofHours(1), Set.of(api.id()));

        vigil.deleteMaintenance.delete(future.window().id());

        assertThat(vigil.maintenanceWindows.byId(future.window().id())).isEmpty();
        assertThatThrownBy(() -> vigil.deleteMaintenance.delete(running.window().id()))
                .isInstanceOf(MaintenanceRuleViolation.class);
        assertThatThrownBy(() -> vigil.showMaintenance.show(new MaintenanceId(99)))
                .isInstanceOf(UnknownMaintenance.class).hasMessage("maintenance 99 not found");
    }

    @Test
    void schedule_forAnUnknownSystem_isRefused() {
        assertThatThrownBy(() -> schedule(Duration.ofHours(1), Duration.ofHours(1), Set.of(new SystemId(77))))
                .hasMessage("system_ids names system 77, which does not exist");
        assertThat(vigil.maintenanceWindows.page(10, 0)).isEmpty();
    }
}
