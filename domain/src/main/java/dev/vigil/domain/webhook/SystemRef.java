package dev.vigil.domain.webhook;

import dev.vigil.domain.system.SystemId;
import java.util.Objects;
import java.util.Optional;

/** A system as an event names it: its id, its name then, and its page slug when known. */
public record SystemRef(SystemId id, String name, Optional<String> slug) {
    public SystemRef {
        Objects.requireNonNull(id, "id");
        name = Clip.line(name, 200);
        if (name.isEmpty()) {
            name = "system " + id;
        }
        Objects.requireNonNull(slug, "slug");
    }
}
