package dev.vigil.application.port.in.apikey;

import dev.vigil.domain.apikey.ApiKeyId;

/** Revokes an API key: it stops working at once and is removed. */
public interface RevokeApiKey {
    void revoke(ApiKeyId id);
}
