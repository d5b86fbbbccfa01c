package dev.vigil.application.port.out;

import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.apikey.ApiKeyId;
import dev.vigil.domain.apikey.KeyOrigin;
import dev.vigil.domain.apikey.SecretHash;
import java.util.List;
import java.util.Optional;

/** Where API keys (their hashes, never their secrets) are kept. */
public interface ApiKeys {
    ApiKeyId nextId();

    /** Stores a new key or replaces the stored state of an existing one; hashes are unique. */
    void save(ApiKey key);

    Optional<ApiKey> byId(ApiKeyId id);

    Optional<ApiKey> byHash(SecretHash hash);

    /** Every key, oldest first. */
    List<ApiKey> all();

    List<ApiKey> withOrigin(KeyOrigin origin);

    void delete(ApiKeyId id);
}
