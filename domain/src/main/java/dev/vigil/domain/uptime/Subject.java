package dev.vigil.domain.uptime;

import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import java.util.Locale;
import java.util.Objects;

/** What a status timeline is about: a system or a dependency, by id. */
public record Subject(Kind kind, long id) {
    /** Systems and dependencies have separate id spaces. */
    public enum Kind {
        SYSTEM, DEPENDENCY;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Subject {
        Objects.requireNonNull(kind, "kind");
        if (id <= 0) {
            throw new IllegalArgumentException("subject id must be a positive integer");
        }
    }

    public static Subject of(SystemId system) {
        return new Subject(Kind.SYSTEM, system.value());
    }

    public static Subject of(DependencyId dependency) {
        return new Subject(Kind.DEPENDENCY, dependency.value());
    }

    /** The subject a logged change is about: its dependency when it has one, else its system. */
    public static Subject of(StatusChange change) {
        return change.dependency().map(Subject::of).orElseGet(() -> of(change.system()));
    }

    @Override
    public String toString() {
        return kind.wireName() + " " + id;
    }
}
