package dev.vigil.application.contract;

import static dev.vigil.domain.system.SystemFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.port.out.ApiKeys;
import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.apikey.ApiKeySecret;
import dev.vigil.domain.apikey.KeyOrigin;
import dev.vigil.domain.apikey.Scope;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link ApiKeys} adapter must do. */
public abstract class ApiKeysContract {
    private static final SecureRandom RANDOM = new SecureRandom();

    protected abstract ApiKeys keys();

    private ApiKey stored(String name, KeyOrigin origin, int second) {
        ApiKey key = ApiKey.issue(keys().nextId(), name, ApiKeySecret.generate(RANDOM), Set.of(Scope.READ), origin,
                Optional.empty(), T0.plusSeconds(second));
        keys().save(key);
        return key;
    }

    @Test
    void save_thenByIdAndByHash_returnEveryField() {
        ApiKeySecret secret = ApiKeySecret.generate(RANDOM);
        ApiKey key = ApiKey.issue(keys().nextId(), "deploy bot", secret, Set.of(Scope.READ, Scope.WRITE),
                KeyOrigin.CREATED, Optional.of(T0.plusSeconds(3600)), T0).usedAt(T0.plusMillis(1500));

        keys().save(key);

        assertThat(keys().byId(key.id())).get().usingRecursiveComparison().isEqualTo(key);
        assertThat(keys().byHash(secret.hash())).get().usingRecursiveComparison().isEqualTo(key);
    }

    @Test
    void save_ofAStoredKey_replacesItsState() {
        ApiKey key = stored("ci", KeyOrigin.CREATED, 0);
        ApiKey used = key.usedAt(T0.plusSeconds(90));

        keys().save(used);

        assertThat(keys().byId(key.id()).flatMap(ApiKey::lastUsedAt)).contains(T0.plusSeconds(90));
    }

    @Test
    void sameHashTwice_isRejected() {
        ApiKeySecret secret = ApiKeySecret.generate(RANDOM);
        keys().save(ApiKey.issue(keys().nextId(), "a", secret, Set.of(Scope.READ), KeyOrigin.CREATED, Optional.empty(), T0));
        ApiKey twin = ApiKey.issue(keys().nextId(), "b", secret, Set.of(Scope.ADMIN), KeyOrigin.CREATED, Optional.empty(), T0);

        assertThatThrownBy(() -> keys().save(twin)).isInstanceOf(RuntimeException.class);
        assertThat(keys().byId(twin.id())).isEmpty();
    }

    @Test
    void all_isOldestFirst_andWithOriginFilters() {
        ApiKey second = stored("b", KeyOrigin.ENVIRONMENT, 2);
        ApiKey first = stored("a", KeyOrigin.CREATED, 1);

        assertThat(keys().all()).containsExactly(first, second);
        assertThat(keys().withOrigin(KeyOrigin.ENVIRONMENT)).containsExactly(second);
        assertThat(keys().withOrigin(KeyOrigin.INITIAL)).isEmpty();
    }

    @Test
    void delete_removesTheKey() {
        ApiKey key = stored("ci", KeyOrigin.CREATED, 0);

        keys().delete(key.id());

        assertThat(keys().byId(key.id())).isEmpty();
        assertThat(keys().byHash(key.hash())).isEmpty();
    }
}
