package dev.vigil.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.maintenance.ScheduleMaintenanceCommand;
import dev.vigil.application.port.in.status.PublicMaintenance;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.domain.maintenance.MaintenanceId;
import dev.vigil.domain.maintenance.MaintenanceState;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.system.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublicMaintenanceServiceTest {
    private final InMemoryVigil vigil = new InMemoryVigil();
    private final MonitoredSystem shop = system("Shop", Visibility.PUBLIC);
    private final MonitoredSystem backoffice = system("Backoffice", Visibility.PRIVATE);

    private MonitoredSystem system(String name, Visibility visibility) {
        return vigil.createSystem.create(new CreateSystemCommand(name, Optional.empty(), "", "", "", visibility,
                SlaTarget.DEFAULT));
    }

    private MaintenanceId schedule(String title, Duration startsIn, Duration lasts, Set<SystemId> systems) {
        Instant start = vigil.clock.instant().plus(startsIn);
        return vigil.scheduleMaintenance.schedule(new ScheduleMaintenanceCommand(title, "", start, start.plus(lasts),
                systems)).window().id();
    }

    @Test
    void givenWindowsPastPresentAndToCome_list_showsThemLatestStartFirst_withTheirStateByTheClock() {
        schedule("Old", Duration.ofHours(1), Duration.ofHours(1), Set.of(shop.id()));
        vigil.clock.advance(Duration.ofHours(3));
        schedule("Now", Duration.ofMinutes(1), Duration.ofHours(2), Set.of());
        schedule("Next", Duration.ofDays(1), Duration.ofHours(1), Set.of(shop.id(), backoffice.id()));
        vigil.clock.advance(Duration.ofMinutes(5));

        List<PublicMaintenance> listed = vigil.listPublicMaintenance.list();

        assertThat(listed).extracting(PublicMaintenance::title).containsExactly("Next", "Now", "Old");
        assertThat(listed).extracting(PublicMaintenance::state).containsExactly(MaintenanceState.SCHEDULED,
                MaintenanceState.IN_PROGRESS, MaintenanceState.COMPLETED);
        assertThat(listed.get(0).systems()).containsExactly(shop.id());
        assertThat(listed.get(1).systems()).isEmpty();
    }

    @Test
    void windowsOfPrivateSystemsAlone_cancelledOnes_andThoseLongOver_areNotListed() {
        schedule("Ancient", Duration.ofHours(1), Duration.ofHours(1), Set.of(shop.id()));
        vigil.clock.advance(Duration.ofDays(92));
        schedule("Secret", Duration.ofHours(1), Duration.ofHours(1), Set.of(backoffice.id()));
        MaintenanceId called = schedule("Called off", Duration.ofHours(2), Duration.ofHours(1), Set.of(shop.id()));
        vigil.cancelMaintenance.cancel(called);

        assertThat(vigil.listPublicMaintenance.list()).isEmpty();
    }
}
