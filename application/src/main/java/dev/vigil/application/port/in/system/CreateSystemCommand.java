package dev.vigil.application.port.in.system;

import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.Slug;
import dev.vigil.domain.system.Visibility;
import java.util.Objects;
import java.util.Optional;

/** A new system as someone describes it; without a slug one is derived from the name. */
public record CreateSystemCommand(String name, Optional<Slug> slug, String description, String url, String owner,
                                  Visibility visibility, SlaTarget slaTarget) {
    public CreateSystemCommand {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(slaTarget, "slaTarget");
    }

    /** A public system with the default SLA target and nothing but a name. */
    public static CreateSystemCommand named(String name) {
        return new CreateSystemCommand(name, Optional.empty(), "", "", "", Visibility.PUBLIC, SlaTarget.DEFAULT);
    }
}
