package dev.vigil.adapters.web.apikey;

import dev.vigil.application.port.in.apikey.IssuedApiKey;
import dev.vigil.domain.apikey.Scope;
import java.time.Instant;
import java.util.List;

/** A newly created key with its secret in {@code key}: the only response that ever carries it. */
public record CreatedApiKeyResponse(long id, String name, String key, String hint, List<String> scopes,
                                    String origin, Instant expiresAt, Instant createdAt) {

    public static CreatedApiKeyResponse of(IssuedApiKey issued) {
        var k = issued.key();
        return new CreatedApiKeyResponse(k.id().value(), k.name(), issued.secret().reveal(), k.hint(),
                k.scopes().stream().map(Scope::wireName).toList(), k.origin().wireName(), k.expiresAt().orElse(null),
                k.createdAt());
    }
}
