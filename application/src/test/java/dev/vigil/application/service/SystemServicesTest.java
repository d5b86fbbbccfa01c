package dev.vigil.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.dependency.AddDependencyCommand;
import dev.vigil.application.port.in.log.StatusLogQuery;
import dev.vigil.application.port.in.system.ChangeSystemStatusCommand;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.application.port.in.system.UnknownSystem;
import dev.vigil.application.port.in.system.UpdateSystemCommand;
import dev.vigil.domain.log.StatusChanged;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.Slug;
import dev.vigil.domain.system.SlugAlreadyTaken;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.system.Visibility;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SystemServicesTest {
    private final InMemoryVigil vigil = new InMemoryVigil();

    private MonitoredSystem create(String name) {
        return vigil.createSystem.create(CreateSystemCommand.named(name));
    }

    private static UpdateSystemCommand noChanges(SystemId id) {
        return new UpdateSystemCommand(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void create_storesAnOperationalSystem_withASlugFromItsName() {
        MonitoredSystem system = create("Checkout API");

        assertThat(system.slug()).isEqualTo(Slug.of("checkout-api"));
        assertThat(system.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(system.createdAt()).isEqualTo(vigil.clock.instant());
        assertThat(vigil.systems.byId(system.id())).contains(system);
        assertThat(vigil.log.all()).isEmpty();
    }

    @Test
    void create_withTheSameName_getsASuffixedSlug() {
        create("API");

        assertThat(create("API").slug()).isEqualTo(Slug.of("api-2"));
        assertThat(create("api").slug()).isEqualTo(Slug.of("api-3"));
    }

    @Test
    void create_withATakenSlug_isRejected() {
        create("API");
        var command = new CreateSystemCommand("Other", Optional.of(Slug.of("api")), "", "", "", Visibility.PUBLIC,
                SlaTarget.DEFAULT);

        assertThatThrownBy(() -> vigil.createSystem.create(command)).isInstanceOf(SlugAlreadyTaken.class);
        assertThat(vigil.systems.all()).hasSize(1);
    }

    @Test
    void create_withABlankName_storesNothing() {
        assertThatThrownBy(() -> create(" ")).isInstanceOf(IllegalArgumentException.class).hasMessage("name is required");
        assertThat(vigil.systems.all()).isEmpty();
    }

    @Test
    void update_changesOnlyTheGivenFields() {
        MonitoredSystem system = vigil.createSystem.create(new CreateSystemCommand("API", Optional.empty(), "Main",
                "https://api.example.com", "Team", Visibility.PUBLIC, SlaTarget.DEFAULT));
        vigil.clock.advance(Duration.ofMinutes(1));

        MonitoredSystem updated = vigil.updateSystem.update(new UpdateSystemCommand(system.id(), Optional.empty(),
                Optional.empty(), Optional.of("New description"), Optional.empty(), Optional.empty(),
                Optional.of(Visibility.PRIVATE), Optional.of(new SlaTarget(99.5))));

        assertThat(updated.name()).isEqualTo("API");
        assertThat(updated.details().url()).isEqualTo("https://api.example.com");
        assertThat(updated.details().description()).isEqualTo("New description");
        assertThat(updated.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(updated.details().slaTarget().percent()).isEqualTo(99.5);
        assertThat(updated.updatedAt()).isEqualTo(vigil.clock.instant());
    }

    @Test
    void update_withoutChanges_keepsUpdatedAt() {
        MonitoredSystem system = create("API");
        vigil.clock.advance(Duration.ofMinutes(1));

        assertThat(vigil.updateSystem.update(noChanges(system.id())).updatedAt()).isEqualTo(system.updatedAt());
    }

    @Test
    void update_toAnotherSystemsSlug_isRejected() {
        create("API");
        MonitoredSystem billing = create("Billing");
        var command = new UpdateSystemCommand(billing.id(), Optional.empty(), Optional.of(Slug.of("api")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> vigil.updateSystem.update(command)).isInstanceOf(SlugAlreadyTaken.class);
    }

    @Test
    void update_ofUnknown_isNotFound() {
        assertThatThrownBy(() -> vigil.updateSystem.update(noChanges(new SystemId(42))))
                .isInstanceOf(UnknownSystem.class).hasMessage("system 42 not found");
    }

    @Test
    void changeStatus_logsAManualChange_andTellsTheListeners() {
        MonitoredSystem system = create("API");

        MonitoredSystem changed = vigil.changeSystemStatus.change(
                new ChangeSystemStatusCommand(system.id(), Status.DEGRADED, "Slow checkout"));

        assertThat(changed.status()).isEqualTo(Status.DEGRADED);
        assertThat(vigil.log.all()).singleElement().satisfies(entry -> {
            assertThat(entry.change().from()).isEqualTo(Status.OPERATIONAL);
            assertThat(entry.change().to()).isEqualTo(Status.DEGRADED);
            assertThat(entry.change().source()).isEqualTo(StatusSource.MANUAL);
            assertThat(entry.change().message()).isEqualTo("Slow checkout");
            assertThat(entry.change().dependency()).isEmpty();
        });
        assertThat(vigil.events.received(StatusChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.entry()).isEqualTo(vigil.log.all().get(0));
            assertThat(event.summary()).isEqualTo("API: green -> yellow (manual): Slow checkout");
        });
    }

    @Test
    void changeStatus_toTheSameStatus_changesNothing() {
        MonitoredSystem system = create("API");
        vigil.changeSystemStatus.change(new ChangeSystemStatusCommand(system.id(), Status.OUTAGE, "down"));
        MonitoredSystem before = vigil.systems.byId(system.id()).orElseThrow();
        vigil.clock.advance(Duration.ofMinutes(1));

        MonitoredSystem after = vigil.changeSystemStatus.change(new ChangeSystemStatusCommand(system.id(), Status.OUTAGE, "again"));

        assertThat(vigil.log.all()).hasSize(1);
        assertThat(after.updatedAt()).isEqualTo(before.updatedAt());
    }

    @Test
    void changeStatus_backToGreen_whileACriticalDependencyIsDown_keepsTheOutage() {
        MonitoredSystem system = create("API");
        var db = vigil.addDependency.add(new AddDependencyCommand(system.id(), "DB", "", Criticality.CRITICAL));
        vigil.changeDependencyStatus.change(new dev.vigil.application.port.in.dependency.ChangeDependencyStatusCommand(
                db.id(), Status.OUTAGE, "down"));
        vigil.changeSystemStatus.change(new ChangeSystemStatusCommand(system.id(), Status.DEGRADED, ""));
        int logged = vigil.log.all().size();

        MonitoredSystem after = vigil.changeSystemStatus.change(new ChangeSystemStatusCommand(system.id(), Status.OPERATIONAL, ""));

        assertThat(after.status()).isEqualTo(Status.OUTAGE);
        assertThat(after.manualStatus()).isEqualTo(Status.OPERATIONAL);
        assertThat(vigil.log.all()).hasSize(logged);
    }

    @Test
    void changeStatus_ofUnknown_isNotFound() {
        assertThatThrownBy(() -> vigil.changeSystemStatus.change(
                new ChangeSystemStatusCommand(new SystemId(3), Status.OUTAGE, "")))
                .isInstanceOf(UnknownSystem.class);
    }

    @Test
    void delete_removesTheSystemAndItsDependencies_butKeepsTheHistory() {
        MonitoredSystem system = create("API");
        var db = vigil.addDependency.add(new AddDependencyCommand(system.id(), "DB", "", Criticality.CRITICAL));
        vigil.changeSystemStatus.change(new ChangeSystemStatusCommand(system.id(), Status.OUTAGE, "down"));

        vigil.deleteSystem.delete(system.id());

        assertThat(vigil.systems.byId(system.id())).isEmpty();
        assertThat(vigil.dependencies.byId(db.id())).isEmpty();
        assertThat(vigil.readStatusLog.read(StatusLogQuery.all(100))).hasSize(1);
    }

    @Test
    void delete_ofUnknown_isNotFound() {
        assertThatThrownBy(() -> vigil.deleteSystem.delete(new SystemId(8))).isInstanceOf(UnknownSystem.class);
    }

    @Test
    void list_isByName() {
        MonitoredSystem b = create("Beta");
        MonitoredSystem a = create("alpha");

        assertThat(vigil.listSystems.list()).containsExactly(a, b);
    }
}
