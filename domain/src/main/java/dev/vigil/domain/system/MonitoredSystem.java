package dev.vigil.domain.system;

import static java.time.temporal.ChronoUnit.MILLIS;

import dev.vigil.domain.status.Status;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the users of the status page care about ("Checkout API"). Its status is derived by the roll-up rule
 * from its manual status and its dependencies; both are kept.
 */
public final class MonitoredSystem {
    /** The order systems are listed in: by name ignoring case, then by id. */
    public static final Comparator<MonitoredSystem> BY_NAME = Comparator
            .comparing((MonitoredSystem s) -> s.name().toLowerCase(Locale.ROOT))
            .thenComparingLong(s -> s.id().value());

    private final SystemId id;
    private final SystemDetails details;
    private final Status manualStatus;
    private final Status status;
    private final Instant createdAt;
    private final Instant updatedAt;

    private MonitoredSystem(SystemId id, SystemDetails details, Status manualStatus, Status status,
                            Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.manualStatus = ManualStatus.require(manualStatus);
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(MILLIS);
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt").truncatedTo(MILLIS);
        if (this.updatedAt.isBefore(this.createdAt)) {
            throw new IllegalArgumentException("updated_at must not be before created_at");
        }
    }

    /** A newly registered system: operational until someone or something says otherwise. */
    public static MonitoredSystem register(SystemId id, SystemDetails details, Instant now) {
        return new MonitoredSystem(id, details, Status.OPERATIONAL, Status.OPERATIONAL, now, now);
    }

    /** Rebuilds a system from stored state; every invariant is checked again. */
    public static MonitoredSystem restore(SystemId id, SystemDetails details, Status manualStatus, Status status,
                                          Instant createdAt, Instant updatedAt) {
        return new MonitoredSystem(id, details, manualStatus, status, createdAt, updatedAt);
    }

    /** The outcome of deriving this system's status again: the system after, and what its status was before. */
    public record RollUp(MonitoredSystem system, Status previous, Optional<DependencyId> cause) {
        public RollUp {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(cause, "cause");
        }

        public boolean changed() {
            return previous != system.status();
        }
    }

    /** The same system with new details. */
    public MonitoredSystem describe(SystemDetails newDetails, Instant now) {
        return new MonitoredSystem(id, newDetails, manualStatus, status, createdAt, later(now));
    }

    /** Sets the manual status and derives the status again from it and the dependencies. */
    public RollUp changeManualStatus(Status newManual, Collection<Dependency> dependencies,
                                     boolean maintenanceWindow, Instant now) {
        MonitoredSystem withManual = new MonitoredSystem(id, details, ManualStatus.require(newManual), status,
                createdAt, later(now));
        return withManual.rollUp(dependencies, maintenanceWindow, now);
    }

    /** Derives the status again from the manual status and the current state of every dependency. */
    public RollUp rollUp(Collection<Dependency> dependencies, boolean maintenanceWindow, Instant now) {
        for (Dependency dependency : dependencies) {
            if (!dependency.systemId().equals(id)) {
                throw new IllegalArgumentException(dependency + " does not belong to system " + id);
            }
        }
        StatusRollup.Result result = StatusRollup.of(manualStatus, dependencies, maintenanceWindow);
        MonitoredSystem after = result.status() == status
                ? this
                : new MonitoredSystem(id, details, manualStatus, result.status(), createdAt, later(now));
        return new RollUp(after, status, result.cause());
    }

    private Instant later(Instant now) {
        Instant t = now.truncatedTo(MILLIS);
        return t.isBefore(createdAt) ? createdAt : t;
    }

    public SystemId id() {
        return id;
    }

    public SystemDetails details() {
        return details;
    }

    public String name() {
        return details.name();
    }

    public Slug slug() {
        return details.slug();
    }

    public Visibility visibility() {
        return details.visibility();
    }

    /** The status a person set; {@code operational} when nobody did. */
    public Status manualStatus() {
        return manualStatus;
    }

    /** The status shown everywhere: the roll-up of manual status, dependencies and maintenance. */
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
        return o instanceof MonitoredSystem other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "MonitoredSystem[" + id + " " + details.name() + " " + status + "]";
    }
}
