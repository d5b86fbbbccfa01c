package dev.vigil.application.port.in.system;

import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.Slug;
import dev.vigil.domain.system.SystemDetails;
import dev.vigil.domain.system.Visibility;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A new system as someone describes it; without a slug one is derived from the name. */
public record CreateSystemCommand(String name, Optional<Slug> slug, String description, String url, String owner,
                                  Visibility visibility, SlaTarget slaTarget, Duration autoIncidentAfter) {
    public CreateSystemCommand {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(slaTarget, "slaTarget");
        Objects.requireNonNull(autoIncidentAfter, "autoIncidentAfter");
    }

    /** A new system with the default delay before an automatic incident. */
    public CreateSystemCommand(String name, Optional<Slug> slug, String description, String url, String owner,
                               Visibility visibility, SlaTarget slaTarget) {
        this(name, slug, description, url, owner, visibility, slaTarget, SystemDetails.DEFAULT_AUTO_INCIDENT_AFTER);
    }

    /** A public system with the default SLA target and nothing but a name. */
    public static CreateSystemCommand named(String name) {
        return new CreateSystemCommand(name, Optional.empty(), "", "", "", Visibility.PUBLIC, SlaTarget.DEFAULT);
    }
}
