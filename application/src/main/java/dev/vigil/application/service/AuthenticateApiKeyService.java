package dev.vigil.application.service;

import dev.vigil.application.port.in.apikey.AuthenticateApiKey;
import dev.vigil.application.port.out.ApiKeys;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.apikey.ApiKeySecret;
import dev.vigil.domain.apikey.SecretHash;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Looks a presented secret up by its hash. Expired keys do not authenticate. The last-used time is written at most
 * once a minute per key, so authentication does not turn every read into a write.
 */
public final class AuthenticateApiKeyService implements AuthenticateApiKey {
    private final ApiKeys keys;
    private final Transactions transactions;
    private final Clock clock;

    public AuthenticateApiKeyService(ApiKeys keys, Transactions transactions, Clock clock) {
        this.keys = keys;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<ApiKey> authenticate(String presentedSecret) {
        SecretHash hash;
        try {
            hash = ApiKeySecret.of(presentedSecret).hash();
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiKey> key = keys.byHash(hash).filter(k -> k.isActiveAt(now));
        if (key.isPresent() && key.get().lastUseIsStale(now)) {
            transactions.run(() -> keys.byId(key.get().id()).ifPresent(current -> keys.save(current.usedAt(now))));
        }
        return key;
    }
}
