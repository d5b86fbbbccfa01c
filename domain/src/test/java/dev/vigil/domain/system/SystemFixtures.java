package dev.vigil.domain.system;

import dev.vigil.domain.status.Status;
import java.time.Instant;

/** Systems and dependencies with sensible defaults for tests. */
public final class SystemFixtures {
    public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private SystemFixtures() {
    }

    public static SystemDetails details(String name) {
        return new SystemDetails(name, Slug.fromName(name), "", "", "", Visibility.PUBLIC, SlaTarget.DEFAULT);
    }

    public static MonitoredSystem aSystem(long id) {
        return MonitoredSystem.register(new SystemId(id), details("System " + id), T0);
    }

    public static MonitoredSystem aSystem(long id, String name) {
        return MonitoredSystem.register(new SystemId(id), details(name), T0);
    }

    public static Dependency aDependency(long id, long systemId, Criticality criticality, Status status) {
        Dependency dependency = Dependency.add(new DependencyId(id), new SystemId(systemId),
                new DependencyDetails("Dependency " + id, "", criticality), T0);
        return status == Status.OPERATIONAL ? dependency
                : Dependency.restore(dependency.id(), dependency.systemId(), dependency.details(), status, T0, T0);
    }

    public static Dependency critical(long id, Status status) {
        return aDependency(id, 1, Criticality.CRITICAL, status);
    }

    public static Dependency minor(long id, Status status) {
        return aDependency(id, 1, Criticality.MINOR, status);
    }
}
