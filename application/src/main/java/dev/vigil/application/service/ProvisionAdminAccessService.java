package dev.vigil.application.service;

import dev.vigil.application.port.in.apikey.ProvisionAdminAccess;
import dev.vigil.application.port.out.ApiKeys;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.apikey.ApiKeySecret;
import dev.vigil.domain.apikey.KeyOrigin;
import dev.vigil.domain.apikey.Scope;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Keeps exactly one environment-provisioned admin key in step with {@code VIGIL_ADMIN_KEY}, and generates an
 * initial admin key when a database without any key starts without that variable.
 */
public final class ProvisionAdminAccessService implements ProvisionAdminAccess {
    static final String ENVIRONMENT_KEY_NAME = "VIGIL_ADMIN_KEY";
    static final String INITIAL_KEY_NAME = "initial admin key";

    private final ApiKeys keys;
    private final Transactions transactions;
    private final RandomGenerator random;
    private final Clock clock;

    public ProvisionAdminAccessService(ApiKeys keys, Transactions transactions, RandomGenerator random, Clock clock) {
        this.keys = keys;
        this.transactions = transactions;
        this.random = random;
        this.clock = clock;
    }

    @Override
    public Optional<ApiKeySecret> provision(Optional<ApiKeySecret> environmentKey) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            List<ApiKey> managed = keys.withOrigin(KeyOrigin.ENVIRONMENT);
            if (environmentKey.isEmpty()) {
                managed.forEach(k -> keys.delete(k.id()));
                if (keys.all().isEmpty()) {
                    ApiKeySecret secret = ApiKeySecret.generate(random);
                    keys.save(ApiKey.issue(keys.nextId(), INITIAL_KEY_NAME, secret, Set.of(Scope.ADMIN),
                            KeyOrigin.INITIAL, Optional.empty(), now));
                    return Optional.of(secret);
                }
                return Optional.empty();
            }
            ApiKeySecret secret = environmentKey.get();
            keys.byHash(secret.hash()).filter(k -> k.origin() != KeyOrigin.ENVIRONMENT).ifPresent(k -> {
                throw new IllegalArgumentException("VIGIL_ADMIN_KEY equals the secret of API key " + k.id()
                        + "; choose a secret of its own");
            });
            if (managed.isEmpty()) {
                keys.save(ApiKey.issue(keys.nextId(), ENVIRONMENT_KEY_NAME, secret, Set.of(Scope.ADMIN),
                        KeyOrigin.ENVIRONMENT, Optional.empty(), now));
            } else {
                keys.save(managed.get(0).withSecret(secret));
                managed.stream().skip(1).forEach(k -> keys.delete(k.id()));
            }
            return Optional.empty();
        });
    }
}
