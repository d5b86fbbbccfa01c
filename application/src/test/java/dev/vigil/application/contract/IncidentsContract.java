package dev.vigil.application.contract;

import static dev.vigil.domain.system.SystemFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.incident.AutomaticWatch;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.incident.UpdateVisibility;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemFixtures;
import dev.vigil.domain.system.SystemId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Incidents} adapter must do. */
public abstract class IncidentsContract {
    private SystemId api;
    private SystemId billing;

    protected abstract Systems systems();

    protected abstract Incidents incidents();

    @BeforeEach
    void storeSystems() {
        MonitoredSystem a = MonitoredSystem.register(systems().nextId(), SystemFixtures.details("API"), T0);
        MonitoredSystem b = MonitoredSystem.register(systems().nextId(), SystemFixtures.details("Billing"), T0);
        systems().save(a);
        systems().save(b);
        api = a.id();
        billing = b.id();
    }

    private Incident opened(String title, Instant startedAt) {
        Incident incident = Incident.open(incidents().nextId(), title, Impact.MINOR, Set.of(api), "It broke",
                UpdateVisibility.PUBLIC, "alice", startedAt, startedAt);
        incidents().save(incident);
        return incident;
    }

    private Incident automatic(SystemId system, Instant since) {
        Incident incident = Incident.openAutomatically(incidents().nextId(), "down",
                new AutomaticWatch(system, since, 7), "In outage", since.plusSeconds(120));
        incidents().save(incident);
        return incident;
    }

    @Test
    void save_thenById_returnsEveryField_withTheWholeTimeline() {
        Incident incident = Incident.open(incidents().nextId(), "Checkout errors", Impact.CRITICAL, Set.of(api, billing),
                        "Elevated 5xx\nsince noon", UpdateVisibility.PUBLIC, "alice", T0, T0.plusMillis(5))
                .addUpdate("DB is full", UpdateVisibility.INTERNAL, "bob", T0.plusSeconds(60))
                .acknowledge("bob", T0.plusSeconds(61))
                .moveTo(IncidentState.MONITORING, "", UpdateVisibility.PUBLIC, "bob", T0.plusSeconds(62))
                .resolve("Fixed", Optional.of("Disk filled up."), "carol", T0.plusSeconds(70), T0.plusSeconds(70));

        incidents().save(incident);

        assertThat(incidents().byId(incident.id())).get().usingRecursiveComparison().isEqualTo(incident);
    }

    @Test
    void save_ofAStoredIncident_replacesItsStateAndTimeline() {
        Incident incident = opened("x", T0);
        Incident updated = incident.addUpdate("more", UpdateVisibility.PUBLIC, "", T0.plusSeconds(5));

        incidents().save(updated);

        assertThat(incidents().byId(incident.id()).orElseThrow().updates()).hasSize(2);
    }

    @Test
    void page_isNewestFirst_andPaged() {
        Incident old = opened("old", T0);
        Incident middle = opened("middle", T0.plusSeconds(10));
        Incident recent = opened("recent", T0.plusSeconds(20));

        assertThat(incidents().page(2, 0)).containsExactly(recent, middle);
        assertThat(incidents().page(2, 2)).containsExactly(old);
    }

    @Test
    void unresolved_resolvedSince_andOverlapping() {
        Incident open = opened("open", T0);
        Incident resolved = opened("resolved", T0).resolve("", Optional.empty(), "", T0.plusSeconds(100),
                T0.plusSeconds(100));
        incidents().save(resolved);

        assertThat(incidents().unresolved()).containsExactly(open);
        assertThat(incidents().resolvedSince(T0.plusSeconds(100))).containsExactly(resolved);
        assertThat(incidents().resolvedSince(T0.plusSeconds(101))).isEmpty();
        assertThat(incidents().overlapping(T0.plusSeconds(101), T0.plusSeconds(200))).containsExactly(open);
        assertThat(incidents().overlapping(T0.minusSeconds(10), T0.plusSeconds(1)))
                .containsExactlyInAnyOrder(open, resolved);
        assertThat(incidents().overlapping(T0.minusSeconds(10), T0)).isEmpty();
    }

    @Test
    void automaticIncidents_areFoundByTheirSystemAndOutage() {
        Incident incident = automatic(api, T0);

        assertThat(incidents().openAutomaticOf(api)).contains(incident);
        assertThat(incidents().openAutomaticOf(billing)).isEmpty();
        assertThat(incidents().automaticFor(api, T0)).contains(incident);
        assertThat(incidents().automaticFor(api, T0.plusSeconds(1))).isEmpty();
        assertThat(incidents().byId(incident.id()).orElseThrow().watch()).contains(new AutomaticWatch(api, T0, 7));
    }

    @Test
    void aSecondOpenAutomaticIncidentForASystem_orForTheSameOutage_isRefused() {
        Incident first = automatic(api, T0);

        assertThatThrownBy(() -> automatic(api, T0.plus(Duration.ofHours(1)))).isInstanceOf(RuntimeException.class);
        incidents().save(first.resolve("", Optional.empty(), "", T0.plusSeconds(300), T0.plusSeconds(300)));
        assertThatThrownBy(() -> automatic(api, T0)).isInstanceOf(RuntimeException.class);
        Incident next = automatic(api, T0.plus(Duration.ofHours(1)));
        assertThat(incidents().openAutomaticOf(api)).contains(next);
    }

    @Test
    void delete_removesTheIncidentAndItsTimeline() {
        Incident incident = opened("x", T0);

        incidents().delete(incident.id());

        assertThat(incidents().byId(incident.id())).isEmpty();
        assertThat(incidents().page(10, 0)).isEmpty();
    }
}
