package dev.vigil.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.apikey.CreateApiKeyCommand;
import dev.vigil.application.port.in.apikey.IssuedApiKey;
import dev.vigil.application.port.in.apikey.UnknownApiKey;
import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.apikey.ApiKeyId;
import dev.vigil.domain.apikey.ApiKeySecret;
import dev.vigil.domain.apikey.KeyOrigin;
import dev.vigil.domain.apikey.ManagedKeyCannotBeRevoked;
import dev.vigil.domain.apikey.Scope;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyServicesTest {
    private final InMemoryVigil vigil = new InMemoryVigil();

    private IssuedApiKey issue(Scope scope, Optional<Duration> lifetime) {
        return vigil.createApiKey.create(new CreateApiKeyCommand("ci", Set.of(scope),
                lifetime.map(d -> vigil.clock.instant().plus(d))));
    }

    @Test
    void create_storesOnlyTheHashOfTheSecret() {
        IssuedApiKey issued = issue(Scope.WRITE, Optional.empty());

        ApiKey stored = vigil.apiKeys.byId(issued.key().id()).orElseThrow();
        assertThat(stored.hash()).isEqualTo(issued.secret().hash());
        assertThat(stored.hint()).isEqualTo(issued.secret().reveal().substring(0, 8));
        assertThat(stored.scopes()).containsExactly(Scope.WRITE);
    }

    @Test
    void authenticate_findsTheKey_andRecordsItsUse() {
        IssuedApiKey issued = issue(Scope.READ, Optional.empty());

        Optional<ApiKey> key = vigil.authenticateApiKey.authenticate(issued.secret().reveal());

        assertThat(key).contains(issued.key());
        assertThat(vigil.apiKeys.byId(issued.key().id()).flatMap(ApiKey::lastUsedAt)).contains(vigil.clock.instant());
    }

    @Test
    void authenticate_writesTheLastUseAtMostOncePerMinute() {
        IssuedApiKey issued = issue(Scope.READ, Optional.empty());
        vigil.authenticateApiKey.authenticate(issued.secret().reveal());
        int writes = vigil.transactions.started();

        vigil.clock.advance(Duration.ofSeconds(30));
        vigil.authenticateApiKey.authenticate(issued.secret().reveal());
        assertThat(vigil.transactions.started()).isEqualTo(writes);

        vigil.clock.advance(Duration.ofSeconds(31));
        vigil.authenticateApiKey.authenticate(issued.secret().reveal());
        assertThat(vigil.transactions.started()).isEqualTo(writes + 1);
    }

    @Test
    void authenticate_rejectsWrongMalformedAndExpiredKeys() {
        IssuedApiKey issued = issue(Scope.ADMIN, Optional.of(Duration.ofHours(1)));

        assertThat(vigil.authenticateApiKey.authenticate("vgl_" + "x".repeat(43))).isEmpty();
        assertThat(vigil.authenticateApiKey.authenticate("short")).isEmpty();
        assertThat(vigil.authenticateApiKey.authenticate(null)).isEmpty();
        vigil.clock.advance(Duration.ofHours(1));
        assertThat(vigil.authenticateApiKey.authenticate(issued.secret().reveal())).isEmpty();
    }

    @Test
    void revoke_stopsTheKeyAtOnce() {
        IssuedApiKey issued = issue(Scope.READ, Optional.empty());

        vigil.revokeApiKey.revoke(issued.key().id());

        assertThat(vigil.authenticateApiKey.authenticate(issued.secret().reveal())).isEmpty();
        assertThat(vigil.listApiKeys.list()).isEmpty();
        assertThatThrownBy(() -> vigil.revokeApiKey.revoke(issued.key().id())).isInstanceOf(UnknownApiKey.class);
    }

    @Test
    void firstStartWithoutEnvironmentKey_generatesOneAdminKey_once() {
        Optional<ApiKeySecret> generated = vigil.provisionAdminAccess.provision(Optional.empty());

        assertThat(generated).isPresent();
        ApiKey key = vigil.authenticateApiKey.authenticate(generated.get().reveal()).orElseThrow();
        assertThat(key.grants(Scope.ADMIN)).isTrue();
        assertThat(key.origin()).isEqualTo(KeyOrigin.INITIAL);
        assertThat(vigil.provisionAdminAccess.provision(Optional.empty())).isEmpty();
        assertThat(vigil.listApiKeys.list()).hasSize(1);
    }

    @Test
    void environmentKey_existsWhileSet_followsItsValue_andGoesWhenUnset() {
        ApiKeySecret first = ApiKeySecret.of("first-environment-secret");
        ApiKeySecret second = ApiKeySecret.of("second-environment-secret");

        assertThat(vigil.provisionAdminAccess.provision(Optional.of(first))).isEmpty();
        assertThat(vigil.authenticateApiKey.authenticate(first.reveal())).get()
                .satisfies(k -> assertThat(k.grants(Scope.ADMIN)).isTrue());

        vigil.provisionAdminAccess.provision(Optional.of(second));
        assertThat(vigil.authenticateApiKey.authenticate(first.reveal())).isEmpty();
        assertThat(vigil.authenticateApiKey.authenticate(second.reveal())).isPresent();
        assertThat(vigil.apiKeys.withOrigin(KeyOrigin.ENVIRONMENT)).hasSize(1);

        issue(Scope.READ, Optional.empty());
        assertThat(vigil.provisionAdminAccess.provision(Optional.empty())).isEmpty();
        assertThat(vigil.authenticateApiKey.authenticate(second.reveal())).isEmpty();
        assertThat(vigil.apiKeys.withOrigin(KeyOrigin.ENVIRONMENT)).isEmpty();
    }

    @Test
    void environmentKey_cannotBeRevokedThroughTheApi() {
        vigil.provisionAdminAccess.provision(Optional.of(ApiKeySecret.of("environment-secret-1")));
        ApiKeyId id = vigil.apiKeys.withOrigin(KeyOrigin.ENVIRONMENT).get(0).id();

        assertThatThrownBy(() -> vigil.revokeApiKey.revoke(id)).isInstanceOf(ManagedKeyCannotBeRevoked.class);
    }
}
