package dev.vigil.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiKeyTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void generatedSecret_has256RandomBits_andAPrefix() {
        ApiKeySecret a = ApiKeySecret.generate(new SecureRandom());
        ApiKeySecret b = ApiKeySecret.generate(new SecureRandom());

        assertThat(a.reveal()).startsWith("vgl_").hasSize(4 + 43);
        assertThat(a.reveal()).isNotEqualTo(b.reveal());
        assertThat(a.toString()).doesNotContain(a.reveal());
        assertThat(a.hint()).isEqualTo(a.reveal().substring(0, 8));
    }

    @Test
    void hash_isSha256Hex() {
        // SHA-256 of "0123456789abcdef", computed independently.
        assertThat(ApiKeySecret.of("0123456789abcdef").hash().hex())
                .isEqualTo("9f9f5111f7b27a781f1f1ddde5ebc2dd2b796bfc7365c9c28b548e564176929f");
    }

    @Test
    void externalSecret_mustBeLongAndVisible() {
        assertThatThrownBy(() -> ApiKeySecret.of("short")).hasMessageContaining("16 to 256");
        assertThatThrownBy(() -> ApiKeySecret.of("with a space in it!")).hasMessageContaining("visible ASCII");
        assertThat(ApiKeySecret.of("0123456789abcdef").hint()).isEmpty();
    }

    @ParameterizedTest(name = "{0} grants {1}: {2}")
    @CsvSource({
            "READ, READ, true", "READ, WRITE, false", "READ, ADMIN, false",
            "WRITE, READ, true", "WRITE, WRITE, true", "WRITE, ADMIN, false",
            "ADMIN, READ, true", "ADMIN, WRITE, true", "ADMIN, ADMIN, true",
    })
    void scopesNest(Scope held, Scope required, boolean granted) {
        ApiKey key = ApiKey.issue(new ApiKeyId(1), "ci", ApiKeySecret.generate(new SecureRandom()), Set.of(held),
                KeyOrigin.CREATED, Optional.empty(), NOW);

        assertThat(key.grants(required)).isEqualTo(granted);
    }

    @Test
    void expiry_mustBeInTheFuture_andEndsTheKey() {
        ApiKeySecret secret = ApiKeySecret.generate(new SecureRandom());
        assertThatThrownBy(() -> ApiKey.issue(new ApiKeyId(1), "ci", secret, Set.of(Scope.READ), KeyOrigin.CREATED,
                Optional.of(NOW), NOW)).hasMessage("expires_at must be in the future");

        ApiKey key = ApiKey.issue(new ApiKeyId(1), "ci", secret, Set.of(Scope.READ), KeyOrigin.CREATED,
                Optional.of(NOW.plusSeconds(60)), NOW);

        assertThat(key.isActiveAt(NOW.plusSeconds(59))).isTrue();
        assertThat(key.isActiveAt(NOW.plusSeconds(60))).isFalse();
    }

    @Test
    void noScopes_isRejected() {
        assertThatThrownBy(() -> ApiKey.issue(new ApiKeyId(1), "ci", ApiKeySecret.generate(new SecureRandom()),
                EnumSet.noneOf(Scope.class), KeyOrigin.CREATED, Optional.empty(), NOW))
                .hasMessageContaining("at least one");
    }

    @Test
    void lastUse_isRecordedAtMostOncePerMinute() {
        ApiKey key = ApiKey.issue(new ApiKeyId(1), "ci", ApiKeySecret.generate(new SecureRandom()), Set.of(Scope.READ),
                KeyOrigin.CREATED, Optional.empty(), NOW);
        assertThat(key.lastUseIsStale(NOW)).isTrue();

        ApiKey used = key.usedAt(NOW);

        assertThat(used.lastUsedAt()).contains(NOW);
        assertThat(used.lastUseIsStale(NOW.plusSeconds(60))).isFalse();
        assertThat(used.lastUseIsStale(NOW.plusSeconds(61))).isTrue();
    }
}
