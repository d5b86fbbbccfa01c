package dev.vigil.application.contract;

import static dev.vigil.domain.system.SystemFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.Slug;
import dev.vigil.domain.system.SystemDetails;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.system.Visibility;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link Systems} adapter must do; the in-memory fake and the SQLite adapter both pass it. */
public abstract class SystemsContract {

    protected abstract Systems systems();

    private MonitoredSystem stored(String name) {
        MonitoredSystem system = MonitoredSystem.register(systems().nextId(),
                new SystemDetails(name, Slug.fromName(name), "About " + name, "https://" + Slug.fromName(name) + ".example.com",
                        "Team", Visibility.PUBLIC, SlaTarget.DEFAULT), T0);
        systems().save(system);
        return system;
    }

    @Test
    void save_thenById_returnsEveryField() {
        MonitoredSystem system = MonitoredSystem.register(systems().nextId(),
                new SystemDetails("Checkout API", Slug.of("checkout"), "Line 1\nLine 2", "https://shop.example.com",
                        "Payments", Visibility.PRIVATE, new SlaTarget(99.95), java.time.Duration.ofSeconds(450)),
                T0.plusMillis(123))
                .changeManualStatus(Status.DEGRADED, List.of(), false, T0.plusSeconds(5)).system();

        systems().save(system);

        assertThat(systems().byId(system.id())).get().usingRecursiveComparison().isEqualTo(system);
    }

    @Test
    void save_ofAStoredSystem_replacesItsState() {
        MonitoredSystem system = stored("API");
        MonitoredSystem changed = system.changeManualStatus(Status.OUTAGE, List.of(), false, T0.plusSeconds(60)).system();

        systems().save(changed);

        assertThat(systems().byId(system.id())).get().usingRecursiveComparison().isEqualTo(changed);
        assertThat(systems().all()).hasSize(1);
    }

    @Test
    void nextId_neverRepeats_evenAfterDelete() {
        Set<SystemId> ids = new HashSet<>();
        MonitoredSystem system = stored("API");
        ids.add(system.id());
        systems().delete(system.id());

        for (int i = 0; i < 5; i++) {
            assertThat(ids.add(systems().nextId())).isTrue();
        }
    }

    @Test
    void bySlug_findsTheSystem() {
        stored("Billing");
        MonitoredSystem api = stored("Checkout API");

        assertThat(systems().bySlug(Slug.of("checkout-api"))).contains(api);
        assertThat(systems().bySlug(Slug.of("nothing"))).isEmpty();
    }

    @Test
    void all_isOrderedByNameIgnoringCase() {
        MonitoredSystem b = stored("beta");
        MonitoredSystem a = stored("Alpha");
        MonitoredSystem c = stored("Gamma");

        assertThat(systems().all()).containsExactly(a, b, c);
    }

    @Test
    void all_ofNothing_isEmpty() {
        assertThat(systems().all()).isEmpty();
    }

    @Test
    void delete_removesTheSystem() {
        MonitoredSystem system = stored("API");

        systems().delete(system.id());

        assertThat(systems().byId(system.id())).isEmpty();
        assertThat(systems().all()).isEmpty();
    }

    @Test
    void save_withAnotherSystemsSlug_isRejected_andChangesNothing() {
        stored("API");
        MonitoredSystem clash = MonitoredSystem.register(systems().nextId(),
                new SystemDetails("Other", Slug.of("api"), "", "", "", Visibility.PUBLIC, SlaTarget.DEFAULT), T0);

        assertThatThrownBy(() -> systems().save(clash)).isInstanceOf(RuntimeException.class);
        assertThat(systems().byId(clash.id())).isEmpty();
    }

    @Test
    void byId_ofUnknown_isEmpty() {
        assertThat(systems().byId(new SystemId(999))).isEmpty();
    }
}
