package dev.vigil.adapters.web.dependency;

import dev.vigil.adapters.web.check.CheckResponse;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.system.Dependency;
import java.time.Instant;
import java.util.Optional;

/** A dependency as the API shows it, with its check ({@code null} when it has none). */
public record DependencyResponse(long id, long systemId, String name, String description, String status,
                                 String criticality, Instant createdAt, Instant updatedAt, CheckResponse check) {

    public static DependencyResponse of(Dependency d) {
        return of(d, Optional.empty());
    }

    public static DependencyResponse of(Dependency d, Check check) {
        return of(d, Optional.of(check));
    }

    public static DependencyResponse of(Dependency d, Optional<Check> check) {
        return of(d, check.map(CheckResponse::of).orElse(null));
    }

    public static DependencyResponse of(Dependency d, CheckResponse check) {
        return new DependencyResponse(d.id().value(), d.systemId().value(), d.name(), d.details().description(),
                d.status().wireName(), d.criticality().wireName(), d.createdAt(), d.updatedAt(), check);
    }
}
