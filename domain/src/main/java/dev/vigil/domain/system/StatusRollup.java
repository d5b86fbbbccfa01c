package dev.vigil.domain.system;

import dev.vigil.domain.status.Status;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The roll-up rule: a system's status is the worst of its manual status, each critical dependency's status and each
 * minor dependency's status capped at degraded. While the system is in maintenance (a window, or maintenance set by
 * hand) it shows {@code maintenance} instead, unless its manual status is worse (degraded or outage).
 */
public final class StatusRollup {
    private StatusRollup() {
    }

    /** The derived status and, when a dependency decided it, that dependency. */
    public record Result(Status status, Optional<DependencyId> cause) {
        public Result {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(cause, "cause");
        }
    }

    public static Result of(Status manual, Collection<Dependency> dependencies, boolean maintenanceWindow) {
        Objects.requireNonNull(manual, "manual");
        Objects.requireNonNull(dependencies, "dependencies");
        boolean inMaintenance = maintenanceWindow || manual == Status.MAINTENANCE;
        if (inMaintenance) {
            return new Result(manual.isFailing() ? manual : Status.MAINTENANCE, Optional.empty());
        }
        Status worst = Status.OPERATIONAL;
        Optional<DependencyId> cause = Optional.empty();
        for (Dependency dependency : sortedById(dependencies)) {
            Status contribution = dependency.contribution();
            if (contribution.isWorseThan(worst)) {
                worst = contribution;
                cause = Optional.of(dependency.id());
            }
        }
        if (!worst.isWorseThan(manual)) {
            return new Result(manual, Optional.empty());
        }
        return new Result(worst, cause);
    }

    private static Iterable<Dependency> sortedById(Collection<Dependency> dependencies) {
        return dependencies.stream()
                .sorted(Comparator.comparingLong(d -> d.id().value()))
                .toList();
    }
}
