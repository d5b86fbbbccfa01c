package dev.vigil.domain.webhook;

import dev.vigil.domain.system.DependencyId;
import java.util.Objects;

/** A dependency as an event names it: its id and its name then. */
public record DependencyRef(DependencyId id, String name) {
    public DependencyRef {
        Objects.requireNonNull(id, "id");
        name = Clip.line(name, 200);
        if (name.isEmpty()) {
            name = "dependency " + id;
        }
    }
}
