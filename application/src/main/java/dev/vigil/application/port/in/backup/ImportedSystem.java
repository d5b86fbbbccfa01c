package dev.vigil.application.port.in.backup;

import dev.vigil.domain.system.MonitoredSystem;
import java.util.Objects;

/**
 * A system to load. {@code slugDerived}: the document named no slug (the predecessor's exports have none), so the
 * one derived from the name may take a numeric suffix to stay unique.
 */
public record ImportedSystem(MonitoredSystem system, boolean slugDerived) {
    public ImportedSystem {
        Objects.requireNonNull(system, "system");
    }
}
