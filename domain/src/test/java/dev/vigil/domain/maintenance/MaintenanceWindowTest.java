package dev.vigil.domain.maintenance;

import static dev.vigil.domain.system.SystemFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaintenanceWindowTest {
    private static final MaintenanceId ID = new MaintenanceId(3);
    private static final SystemId API = new SystemId(1);
    private static final Instant START = T0.plus(Duration.ofHours(1));
    private static final Instant END = T0.plus(Duration.ofHours(2));

    private static MaintenanceWindow window() {
        return MaintenanceWindow.schedule(ID, "DB upgrade", "Postgres 17", START, END, Set.of(API), T0);
    }

    @Test
    void state_followsTheClock_onInstants() {
        MaintenanceWindow w = window();

        assertThat(w.state(START.minusMillis(1))).isEqualTo(MaintenanceState.SCHEDULED);
        assertThat(w.state(START)).isEqualTo(MaintenanceState.IN_PROGRESS);
        assertThat(w.state(END.minusMillis(1))).isEqualTo(MaintenanceState.IN_PROGRESS);
        assertThat(w.state(END)).isEqualTo(MaintenanceState.COMPLETED);
    }

    @Test
    void schedule_refusesAnEndNotAfterTheStart_aStartInThePast_andVeryLongWindows() {
        assertThatThrownBy(() -> MaintenanceWindow.schedule(ID, "x", "", START, START, Set.of(), T0))
                .hasMessage("end_time must be after start_time");
        assertThatThrownBy(() -> MaintenanceWindow.schedule(ID, "x", "", T0.minus(Duration.ofMinutes(6)), END,
                Set.of(), T0)).hasMessage("start_time must not be in the past");
        assertThatThrownBy(() -> MaintenanceWindow.schedule(ID, "x", "", START, START.plus(Duration.ofDays(32)),
                Set.of(), T0)).hasMessageContaining("at most 31 days");
        assertThat(MaintenanceWindow.schedule(ID, "x", "", T0.minus(Duration.ofMinutes(4)), END, Set.of(), T0)
                .state(T0)).isEqualTo(MaintenanceState.IN_PROGRESS);
    }

    @Test
    void aWindowNamingNoSystem_coversAll() {
        MaintenanceWindow all = MaintenanceWindow.schedule(ID, "x", "", START, END, Set.of(), T0);

        assertThat(all.covers(new SystemId(99))).isTrue();
        assertThat(all.covers(new SystemId(99), START)).isTrue();
        assertThat(all.covers(new SystemId(99), END)).isFalse();
        assertThat(all.cancel(START.plusSeconds(5)).covers(API, START.plusSeconds(5))).isFalse();
        assertThat(all.cancel(START.plusSeconds(5)).covers(API, START.plusSeconds(4))).isTrue();
        assertThat(window().covers(new SystemId(99))).isFalse();
        assertThat(window().covers(API)).isTrue();
    }

    @Test
    void cancel_endsAWindowInProgressNow_andExcludesOnlyWhatPassed() {
        Instant midway = START.plus(Duration.ofMinutes(20));

        MaintenanceWindow cancelled = window().cancel(midway);

        assertThat(cancelled.state(midway)).isEqualTo(MaintenanceState.CANCELLED);
        assertThat(cancelled.excludedTime()).contains(new Interval(START, midway));
        assertThat(window().cancel(T0).excludedTime()).isEmpty();
        assertThatThrownBy(() -> cancelled.cancel(midway)).isInstanceOf(MaintenanceRuleViolation.class)
                .hasMessage("maintenance 3 is already cancelled");
        assertThatThrownBy(() -> window().cancel(END)).isInstanceOf(MaintenanceRuleViolation.class)
                .hasMessage("maintenance 3 is already completed");
    }

    @Test
    void reschedule_ofAScheduledWindow_mayChangeAnything_butNotIntoThePast() {
        MaintenanceWindow moved = window().reschedule(Optional.of("New"), Optional.empty(),
                Optional.of(START.plusSeconds(60)), Optional.of(END.plusSeconds(60)), Optional.of(Set.of()), T0);

        assertThat(moved.title()).isEqualTo("New");
        assertThat(moved.startsAt()).isEqualTo(START.plusSeconds(60));
        assertThat(moved.systems()).isEmpty();
        assertThat(moved.description()).isEqualTo("Postgres 17");
        assertThatThrownBy(() -> window().reschedule(Optional.empty(), Optional.empty(),
                Optional.of(T0.minus(Duration.ofHours(1))), Optional.empty(), Optional.empty(), T0))
                .hasMessage("start_time must not be in the past");
        assertThatThrownBy(() -> window().reschedule(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(START), Optional.empty(), T0)).hasMessage("end_time must be after start_time");
    }

    @Test
    void reschedule_ofAWindowInProgress_mayOnlyMoveItsEndIntoTheFuture() {
        Instant midway = START.plus(Duration.ofMinutes(30));
        MaintenanceWindow w = window();

        assertThat(w.reschedule(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(END.plusSeconds(600)),
                Optional.empty(), midway).endsAt()).isEqualTo(END.plusSeconds(600));
        assertThatThrownBy(() -> w.reschedule(Optional.empty(), Optional.empty(), Optional.of(START.plusSeconds(1)),
                Optional.empty(), Optional.empty(), midway)).isInstanceOf(MaintenanceRuleViolation.class);
        assertThatThrownBy(() -> w.reschedule(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Set.of()), midway)).isInstanceOf(MaintenanceRuleViolation.class);
        assertThatThrownBy(() -> w.reschedule(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(midway), Optional.empty(), midway)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.reschedule(Optional.of("x"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), END)).isInstanceOf(MaintenanceRuleViolation.class)
                .hasMessage("maintenance 3 is completed and cannot change");
    }

    @Test
    void onlyWindowsThatNeverTookEffect_canBeDeleted() {
        window().requireDeletable(T0);
        window().cancel(T0).requireDeletable(END);

        assertThatThrownBy(() -> window().requireDeletable(START)).isInstanceOf(MaintenanceRuleViolation.class)
                .hasMessageContaining("cancel it instead");
        assertThatThrownBy(() -> window().requireDeletable(END)).isInstanceOf(MaintenanceRuleViolation.class);
        assertThatThrownBy(() -> window().cancel(START.plusSeconds(1)).requireDeletable(END))
                .isInstanceOf(MaintenanceRuleViolation.class);
    }

    @Test
    void activation_happensOnceWhileInProgress_andDeactivationOnceAfter() {
        MaintenanceWindow w = window();

        assertThat(w.needsActivation(T0)).isFalse();
        assertThat(w.needsActivation(START)).isTrue();
        MaintenanceWindow active = w.activate(START.plusSeconds(3));
        assertThat(active.isInEffect()).isTrue();
        assertThat(active.needsActivation(START.plusSeconds(4))).isFalse();
        assertThat(active.needsDeactivation(END.minusMillis(1))).isFalse();
        assertThat(active.needsDeactivation(END)).isTrue();
        assertThat(active.cancel(START.plusSeconds(10)).needsDeactivation(START.plusSeconds(10))).isTrue();
        MaintenanceWindow done = active.deactivate(END);
        assertThat(done.isInEffect()).isFalse();
        assertThat(done.needsDeactivation(END.plusSeconds(1))).isFalse();
        assertThat(w.needsActivation(END)).as("a window that passed unseen is not applied late").isFalse();
        assertThatThrownBy(() -> w.activate(T0)).isInstanceOf(IllegalStateException.class);
    }
}
