package dev.vigil.domain.system;

import static java.time.temporal.ChronoUnit.MILLIS;

import dev.vigil.domain.status.Status;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/** A part that a system needs (a database, a cache, a worker, a third-party API) and how it is doing. */
public final class Dependency {
    /** The order dependencies are listed in: by name ignoring case, then by id. */
    public static final Comparator<Dependency> BY_NAME = Comparator
            .comparing((Dependency d) -> d.name().toLowerCase(Locale.ROOT))
            .thenComparingLong(d -> d.id().value());

    private final DependencyId id;
    private final SystemId systemId;
    private final DependencyDetails details;
    private final Status status;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Dependency(DependencyId id, SystemId systemId, DependencyDetails details, Status status,
                       Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.systemId = Objects.requireNonNull(systemId, "systemId");
        this.details = Objects.requireNonNull(details, "details");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(MILLIS);
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt").truncatedTo(MILLIS);
        if (this.updatedAt.isBefore(this.createdAt)) {
            throw new IllegalArgumentException("updated_at must not be before created_at");
        }
    }

    /** A new dependency of a system; without a check it starts operational, as on every status page. */
    public static Dependency add(DependencyId id, SystemId systemId, DependencyDetails details, Instant now) {
        return new Dependency(id, systemId, details, Status.OPERATIONAL, now, now);
    }

    /** Rebuilds a dependency from stored state; every invariant is checked again. */
    public static Dependency restore(DependencyId id, SystemId systemId, DependencyDetails details, Status status,
                                     Instant createdAt, Instant updatedAt) {
        return new Dependency(id, systemId, details, status, createdAt, updatedAt);
    }

    /** The same dependency with new details. */
    public Dependency describe(DependencyDetails newDetails, Instant now) {
        return new Dependency(id, systemId, newDetails, status, createdAt, later(now));
    }

    /** The same dependency with a status set by a person; {@code unknown} cannot be set by hand. */
    public Dependency changeStatus(Status newStatus, Instant now) {
        return new Dependency(id, systemId, details, ManualStatus.require(newStatus), createdAt, later(now));
    }

    /**
     * The same dependency with a status its check decided; unlike a person, a check may say {@code unknown} (no
     * result yet).
     */
    public Dependency checked(Status newStatus, Instant now) {
        return new Dependency(id, systemId, details, Objects.requireNonNull(newStatus, "newStatus"), createdAt, later(now));
    }

    /** What this dependency adds to its system's status: critical ones pass their status on, minor ones at most degrade it. */
    public Status contribution() {
        if (details.criticality() == Criticality.CRITICAL) {
            return status;
        }
        return status.isFailing() ? Status.DEGRADED : Status.OPERATIONAL;
    }

    private Instant later(Instant now) {
        Instant t = now.truncatedTo(MILLIS);
        return t.isBefore(createdAt) ? createdAt : t;
    }

    public DependencyId id() {
        return id;
    }

    public SystemId systemId() {
        return systemId;
    }

    public DependencyDetails details() {
        return details;
    }

    public String name() {
        return details.name();
    }

    public Criticality criticality() {
        return details.criticality();
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dependency other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Dependency[" + id + " " + details.name() + " " + status + "]";
    }
}
