package dev.vigil.application.port.in.check;

import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.PushToken;
import dev.vigil.domain.system.Dependency;
import java.util.Objects;
import java.util.Optional;

/** A dependency with its check as configured, and a push token when one was just made (shown this once). */
public record ConfiguredCheck(Dependency dependency, Check check, Optional<PushToken> newToken) {
    public ConfiguredCheck {
        Objects.requireNonNull(dependency, "dependency");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(newToken, "newToken");
    }
}
