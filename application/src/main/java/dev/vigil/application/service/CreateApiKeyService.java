package dev.vigil.application.service;

import dev.vigil.application.port.in.apikey.CreateApiKey;
import dev.vigil.application.port.in.apikey.CreateApiKeyCommand;
import dev.vigil.application.port.in.apikey.IssuedApiKey;
import dev.vigil.application.port.out.ApiKeys;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.apikey.ApiKeySecret;
import dev.vigil.domain.apikey.KeyOrigin;
import java.time.Clock;
import java.util.random.RandomGenerator;

/** Issues a key with a fresh 256-bit secret and stores only the secret's hash. */
public final class CreateApiKeyService implements CreateApiKey {
    private final ApiKeys keys;
    private final Transactions transactions;
    private final RandomGenerator random;
    private final Clock clock;

    public CreateApiKeyService(ApiKeys keys, Transactions transactions, RandomGenerator random, Clock clock) {
        this.keys = keys;
        this.transactions = transactions;
        this.random = random;
        this.clock = clock;
    }

    @Override
    public IssuedApiKey create(CreateApiKeyCommand command) {
        ApiKeySecret secret = ApiKeySecret.generate(random);
        return transactions.inTransaction(() -> {
            ApiKey key = ApiKey.issue(keys.nextId(), command.name(), secret, command.scopes(), KeyOrigin.CREATED,
                    command.expiresAt(), clock.instant());
            keys.save(key);
            return new IssuedApiKey(key, secret);
        });
    }
}
