package dev.vigil.application.port.in.apikey;

import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.apikey.ApiKeySecret;
import java.util.Objects;

/** A newly issued key together with its secret, which exists in clear only in this result. */
public record IssuedApiKey(ApiKey key, ApiKeySecret secret) {
    public IssuedApiKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secret, "secret");
    }
}
