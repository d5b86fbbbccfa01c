package dev.vigil.application.contract;

import static dev.vigil.domain.system.SystemFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.system.SystemId;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link MaintenanceWindows} adapter must do. Windows name systems by id only. */
public abstract class MaintenanceWindowsContract {
    private static final Duration HOUR = Duration.ofHours(1);

    protected abstract MaintenanceWindows windows();

    private MaintenanceWindow stored(int startHour, int endHour) {
        MaintenanceWindow w = MaintenanceWindow.schedule(windows().nextId(), "Window " + startHour, "",
                T0.plus(HOUR.multipliedBy(startHour)), T0.plus(HOUR.multipliedBy(endHour)), Set.of(), T0);
        windows().save(w);
        return w;
    }

    private static Instant hour(int n) {
        return T0.plus(HOUR.multipliedBy(n));
    }

    @Test
    void save_thenById_returnsEveryField() {
        MaintenanceWindow w = MaintenanceWindow.schedule(windows().nextId(), "DB upgrade", "Postgres\n17",
                hour(1), hour(2).plusMillis(3), Set.of(new SystemId(3), new SystemId(1)), T0)
                .activate(hour(1)).cancel(hour(1).plusSeconds(30));

        windows().save(w);

        assertThat(windows().byId(w.id())).get().usingRecursiveComparison().isEqualTo(w);
    }

    @Test
    void page_isLatestStartFirst() {
        MaintenanceWindow early = stored(1, 2);
        MaintenanceWindow late = stored(5, 6);

        assertThat(windows().page(10, 0)).containsExactly(late, early);
        assertThat(windows().page(1, 1)).containsExactly(early);
    }

    @Test
    void overlapping_isHalfOpen() {
        MaintenanceWindow w = stored(2, 4);

        assertThat(windows().overlapping(hour(3), hour(5))).containsExactly(w);
        assertThat(windows().overlapping(hour(4), hour(5))).isEmpty();
        assertThat(windows().overlapping(hour(0), hour(2))).isEmpty();
        assertThat(windows().overlapping(hour(0), hour(2).plusMillis(1))).containsExactly(w);
    }

    @Test
    void upcoming_leavesOutStartedAndCancelledWindows() {
        stored(1, 2);
        MaintenanceWindow later = stored(3, 4);
        MaintenanceWindow cancelled = stored(5, 6).cancel(T0);
        windows().save(cancelled);

        assertThat(windows().upcoming(hour(1))).containsExactly(later);
    }

    @Test
    void inEffect_andPendingAt_followTheApplicationMarks() {
        MaintenanceWindow due = stored(1, 2);
        MaintenanceWindow future = stored(3, 4);

        assertThat(windows().pendingAt(hour(1))).containsExactly(due);
        assertThat(windows().inEffect()).isEmpty();
        windows().save(due.activate(hour(1)));
        assertThat(windows().inEffect()).extracting(MaintenanceWindow::id).containsExactly(due.id());
        assertThat(windows().pendingAt(hour(3))).extracting(MaintenanceWindow::id)
                .containsExactlyInAnyOrder(due.id(), future.id());
        windows().save(windows().byId(due.id()).orElseThrow().deactivate(hour(2)));
        assertThat(windows().inEffect()).isEmpty();
        assertThat(windows().pendingAt(hour(2))).isEmpty();
    }

    @Test
    void covers_isBySystemAndTime_untilTheEndOrTheCancellation() {
        SystemId named = new SystemId(3);
        MaintenanceWindow forOne = MaintenanceWindow.schedule(windows().nextId(), "One", "", hour(1), hour(2),
                Set.of(named), T0);
        MaintenanceWindow forAll = MaintenanceWindow.schedule(windows().nextId(), "All", "", hour(4), hour(6),
                Set.of(), T0).cancel(hour(5));
        windows().save(forOne);
        windows().save(forAll);

        assertThat(windows().covers(named, hour(1))).isTrue();
        assertThat(windows().covers(named, hour(2).minusMillis(1))).isTrue();
        assertThat(windows().covers(named, hour(2))).isFalse();
        assertThat(windows().covers(new SystemId(4), hour(1))).isFalse();
        assertThat(windows().covers(new SystemId(4), hour(4))).as("a window naming none covers all").isTrue();
        assertThat(windows().covers(named, hour(5))).as("cancelled from then on").isFalse();
        assertThat(windows().covers(named, hour(3))).isFalse();
    }

    @Test
    void delete_removesTheWindow() {
        MaintenanceWindow w = stored(1, 2);

        windows().delete(w.id());

        assertThat(windows().byId(w.id())).isEmpty();
    }
}
