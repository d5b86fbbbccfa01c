package dev.vigil.application.contract;

import static dev.vigil.domain.system.SystemFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyDetails;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemFixtures;
import dev.vigil.domain.system.SystemId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Dependencies} adapter must do. */
public abstract class DependenciesContract {
    private MonitoredSystem system;
    private MonitoredSystem other;

    protected abstract Systems systems();

    protected abstract Dependencies dependencies();

    @BeforeEach
    void storeSystems() {
        system = MonitoredSystem.register(systems().nextId(), SystemFixtures.details("API"), T0);
        other = MonitoredSystem.register(systems().nextId(), SystemFixtures.details("Billing"), T0);
        systems().save(system);
        systems().save(other);
    }

    private Dependency stored(SystemId owner, String name, Criticality criticality) {
        Dependency dependency = Dependency.add(dependencies().nextId(), owner,
                new DependencyDetails(name, "About " + name, criticality), T0);
        dependencies().save(dependency);
        return dependency;
    }

    @Test
    void save_thenById_returnsEveryField() {
        Dependency dependency = Dependency.add(dependencies().nextId(), system.id(),
                new DependencyDetails("PostgreSQL", "Main\ndatabase", Criticality.MINOR), T0.plusMillis(7))
                .changeStatus(Status.OUTAGE, T0.plusSeconds(3));

        dependencies().save(dependency);

        assertThat(dependencies().byId(dependency.id())).get().usingRecursiveComparison().isEqualTo(dependency);
    }

    @Test
    void save_ofAStoredDependency_replacesItsState() {
        Dependency dependency = stored(system.id(), "Redis", Criticality.CRITICAL);
        Dependency changed = dependency.changeStatus(Status.DEGRADED, T0.plusSeconds(1));

        dependencies().save(changed);

        assertThat(dependencies().byId(dependency.id())).get().usingRecursiveComparison().isEqualTo(changed);
    }

    @Test
    void ofSystem_listsOnlyThatSystems_byName() {
        Dependency redis = stored(system.id(), "redis", Criticality.CRITICAL);
        Dependency db = stored(system.id(), "Database", Criticality.CRITICAL);
        stored(other.id(), "Queue", Criticality.MINOR);

        assertThat(dependencies().ofSystem(system.id())).containsExactly(db, redis);
    }

    @Test
    void ofSystem_withoutDependencies_isEmpty() {
        assertThat(dependencies().ofSystem(system.id())).isEmpty();
    }

    @Test
    void delete_removesOne() {
        Dependency a = stored(system.id(), "A", Criticality.CRITICAL);
        Dependency b = stored(system.id(), "B", Criticality.CRITICAL);

        dependencies().delete(a.id());

        assertThat(dependencies().byId(a.id())).isEmpty();
        assertThat(dependencies().ofSystem(system.id())).containsExactly(b);
    }

    @Test
    void deleteOfSystem_removesAllOfThatSystem_only() {
        stored(system.id(), "A", Criticality.CRITICAL);
        stored(system.id(), "B", Criticality.MINOR);
        Dependency kept = stored(other.id(), "C", Criticality.CRITICAL);

        dependencies().deleteOfSystem(system.id());

        assertThat(dependencies().ofSystem(system.id())).isEmpty();
        assertThat(dependencies().ofSystem(other.id())).containsExactly(kept);
    }

    @Test
    void nextId_neverRepeats() {
        Set<DependencyId> ids = new HashSet<>();
        Dependency dependency = stored(system.id(), "A", Criticality.CRITICAL);
        ids.add(dependency.id());
        dependencies().delete(dependency.id());

        for (int i = 0; i < 5; i++) {
            assertThat(ids.add(dependencies().nextId())).isTrue();
        }
    }

    @Test
    void all_listsEverySystemsDependencies_bySystemThenName() {
        Dependency queue = stored(other.id(), "Queue", Criticality.MINOR);
        Dependency redis = stored(system.id(), "redis", Criticality.CRITICAL);
        Dependency db = stored(system.id(), "Database", Criticality.CRITICAL);
        Dependency cache = stored(other.id(), "cache", Criticality.CRITICAL);

        assertThat(dependencies().all()).containsExactly(db, redis, cache, queue);
    }

    @Test
    void all_ofNothing_isEmpty() {
        assertThat(dependencies().all()).isEmpty();
    }

    @Test
    void save_ofAnUnknownSystemsDependency_isRejected() {
        Dependency orphan = Dependency.add(dependencies().nextId(), new SystemId(999),
                new DependencyDetails("Orphan", "", Criticality.CRITICAL), T0);

        assertThatThrownBy(() -> dependencies().save(orphan)).isInstanceOf(RuntimeException.class);
        assertThat(dependencies().byId(orphan.id())).isEmpty();
    }

    @Test
    void all_listsTheDependenciesOfEverySystem() {
        Dependency mine = stored(system.id(), "Redis", Criticality.CRITICAL);
        Dependency theirs = stored(other.id(), "Kafka", Criticality.MINOR);

        assertThat(dependencies().all()).containsExactlyInAnyOrder(mine, theirs);
        dependencies().delete(mine.id());
        assertThat(dependencies().all()).containsExactly(theirs);
    }
}
