package dev.vigil.domain.webhook;

import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import java.util.Objects;
import java.util.Optional;

/**
 * What a status change event said, kept for rendering it later: whose status changed (the system, or one of its
 * dependencies), from what to what, why, who or what did it, and for a roll-up the dependency that caused it.
 */
public record StatusChangeFacts(long logEntryId, Optional<DependencyRef> dependency, Status from, Status to,
                                StatusSource source, String message, Optional<DependencyRef> cause) {
    public static final int MESSAGE_MAX = 2000;

    public StatusChangeFacts {
        if (logEntryId <= 0) {
            throw new IllegalArgumentException("log entry id must be a positive integer");
        }
        Objects.requireNonNull(dependency, "dependency");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(source, "source");
        message = Clip.text(message, MESSAGE_MAX);
        Objects.requireNonNull(cause, "cause");
    }

    public boolean isAboutDependency() {
        return dependency.isPresent();
    }
}
