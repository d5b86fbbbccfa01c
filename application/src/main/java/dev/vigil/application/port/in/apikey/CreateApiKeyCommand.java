package dev.vigil.application.port.in.apikey;

import dev.vigil.domain.apikey.Scope;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The name, scopes and optional expiry of a new API key. */
public record CreateApiKeyCommand(String name, Set<Scope> scopes, Optional<Instant> expiresAt) {
    public CreateApiKeyCommand {
        Objects.requireNonNull(scopes, "scopes");
        scopes = Set.copyOf(scopes);
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
