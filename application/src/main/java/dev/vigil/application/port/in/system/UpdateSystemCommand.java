package dev.vigil.application.port.in.system;

import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.Slug;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.system.Visibility;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** The fields of a system to change; an empty field keeps its current value. */
public record UpdateSystemCommand(SystemId id, Optional<String> name, Optional<Slug> slug,
                                  Optional<String> description, Optional<String> url, Optional<String> owner,
                                  Optional<Visibility> visibility, Optional<SlaTarget> slaTarget,
                                  Optional<Duration> autoIncidentAfter) {
    public UpdateSystemCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(slaTarget, "slaTarget");
        Objects.requireNonNull(autoIncidentAfter, "autoIncidentAfter");
    }

    /** The fields to change, keeping the delay before an automatic incident. */
    public UpdateSystemCommand(SystemId id, Optional<String> name, Optional<Slug> slug, Optional<String> description,
                               Optional<String> url, Optional<String> owner, Optional<Visibility> visibility,
                               Optional<SlaTarget> slaTarget) {
        this(id, name, slug, description, url, owner, visibility, slaTarget, Optional.empty());
    }
}
