package dev.vigil.adapters.web.apikey;

import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.apikey.Scope;
import java.time.Instant;
import java.util.List;

/** An API key as the API lists it: never its secret, which Vigil does not keep. */
public record ApiKeyResponse(long id, String name, String hint, List<String> scopes, String origin,
                             Instant expiresAt, Instant lastUsedAt, Instant createdAt) {

    public static ApiKeyResponse of(ApiKey k) {
        return new ApiKeyResponse(k.id().value(), k.name(), k.hint(), k.scopes().stream().map(Scope::wireName).toList(),
                k.origin().wireName(), k.expiresAt().orElse(null), k.lastUsedAt().orElse(null), k.createdAt());
    }
}
