package dev.vigil.adapters.web.dependency;

import dev.vigil.domain.system.Dependency;
import java.time.Instant;

/** A dependency as the API shows it. */
public record DependencyResponse(long id, long systemId, String name, String description, String status,
                                 String criticality, Instant createdAt, Instant updatedAt) {

    public static DependencyResponse of(Dependency d) {
        return new DependencyResponse(d.id().value(), d.systemId().value(), d.name(), d.details().description(),
                d.status().wireName(), d.criticality().wireName(), d.createdAt(), d.updatedAt());
    }
}
