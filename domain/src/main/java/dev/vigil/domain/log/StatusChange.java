package dev.vigil.domain.log;

import static java.time.temporal.ChronoUnit.MILLIS;

import dev.vigil.domain.Text;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of a system's or a dependency's status, as the status log keeps it: from what to what, why (the
 * message), who or what did it (the source) and, for a roll-up, which dependency caused it.
 *
 * @param system     the system concerned, or the parent system of the dependency concerned
 * @param dependency the dependency concerned; empty when the change is the system's own
 * @param cause      for a roll-up, the dependency whose status decided the system's
 */
public record StatusChange(SystemId system, Optional<DependencyId> dependency, Status from, Status to,
                           String message, StatusSource source, Optional<DependencyId> cause, Instant at) {
    public static final int MESSAGE_MAX = 2000;

    public StatusChange {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(dependency, "dependency");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        message = Text.multiline(message, "message", MESSAGE_MAX);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cause, "cause");
        at = Objects.requireNonNull(at, "at").truncatedTo(MILLIS);
    }

    /** A change of a system's own status. */
    public static StatusChange ofSystem(SystemId system, Status from, Status to, String message, StatusSource source,
                                        Optional<DependencyId> cause, Instant at) {
        return new StatusChange(system, Optional.empty(), from, to, message, source, cause, at);
    }

    /** A change of a dependency's status. */
    public static StatusChange ofDependency(SystemId system, DependencyId dependency, Status from, Status to,
                                            String message, StatusSource source, Instant at) {
        return new StatusChange(system, Optional.of(dependency), from, to, message, source, Optional.empty(), at);
    }

    public boolean isAboutDependency() {
        return dependency.isPresent();
    }
}
