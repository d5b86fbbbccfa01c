package dev.vigil.domain.apikey;

import static java.time.temporal.ChronoUnit.MILLIS;

import dev.vigil.domain.Text;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A credential for the API: a name, the scopes it grants, an optional expiry, and the hash of its secret. */
public final class ApiKey {
    public static final int NAME_MAX = 100;
    /** How stale the last-used time may get before using the key records it again. */
    public static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiKeyId id;
    private final String name;
    private final String hint;
    private final SecretHash hash;
    private final Set<Scope> scopes;
    private final KeyOrigin origin;
    private final Optional<Instant> expiresAt;
    private final Optional<Instant> lastUsedAt;
    private final Instant createdAt;

    private ApiKey(ApiKeyId id, String name, String hint, SecretHash hash, Set<Scope> scopes, KeyOrigin origin,
                   Optional<Instant> expiresAt, Optional<Instant> lastUsedAt, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Text.required(name, "name", NAME_MAX);
        this.hint = Objects.requireNonNull(hint, "hint");
        this.hash = Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(scopes, "scopes");
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("scopes must name at least one of read, write, admin");
        }
        this.scopes = Collections.unmodifiableSet(EnumSet.copyOf(scopes));
        this.origin = Objects.requireNonNull(origin, "origin");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt").map(t -> t.truncatedTo(MILLIS));
        this.lastUsedAt = Objects.requireNonNull(lastUsedAt, "lastUsedAt").map(t -> t.truncatedTo(MILLIS));
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(MILLIS);
    }

    /** A new key for {@code secret}; an expiry, when given, must lie in the future. */
    public static ApiKey issue(ApiKeyId id, String name, ApiKeySecret secret, Set<Scope> scopes, KeyOrigin origin,
                               Optional<Instant> expiresAt, Instant now) {
        if (expiresAt.isPresent() && !expiresAt.get().isAfter(now)) {
            throw new IllegalArgumentException("expires_at must be in the future");
        }
        return new ApiKey(id, name, secret.hint(), secret.hash(), scopes, origin, expiresAt, Optional.empty(), now);
    }

    /** Rebuilds a key from stored state. */
    public static ApiKey restore(ApiKeyId id, String name, String hint, SecretHash hash, Set<Scope> scopes,
                                 KeyOrigin origin, Optional<Instant> expiresAt, Optional<Instant> lastUsedAt,
                                 Instant createdAt) {
        return new ApiKey(id, name, hint, hash, scopes, origin, expiresAt, lastUsedAt, createdAt);
    }

    /** True when the key may be used at {@code now}: it has not expired. */
    public boolean isActiveAt(Instant now) {
        return expiresAt.map(now::isBefore).orElse(true);
    }

    /** True when one of the key's scopes grants {@code required}. */
    public boolean grants(Scope required) {
        return scopes.stream().anyMatch(s -> s.grants(required));
    }

    /** True when recording a use at {@code now} would change the last-used time by more than its resolution. */
    public boolean lastUseIsStale(Instant now) {
        return lastUsedAt.map(t -> t.plus(LAST_USED_RESOLUTION).isBefore(now)).orElse(true);
    }

    /** The same key, used at {@code now}. */
    public ApiKey usedAt(Instant now) {
        return new ApiKey(id, name, hint, hash, scopes, origin, expiresAt, Optional.of(now), createdAt);
    }

    /** The same key with another secret (used when {@code VIGIL_ADMIN_KEY} changes). */
    public ApiKey withSecret(ApiKeySecret secret) {
        return new ApiKey(id, name, secret.hint(), secret.hash(), scopes, origin, expiresAt, lastUsedAt, createdAt);
    }

    public ApiKeyId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String hint() {
        return hint;
    }

    public SecretHash hash() {
        return hash;
    }

    public Set<Scope> scopes() {
        return scopes;
    }

    public KeyOrigin origin() {
        return origin;
    }

    public Optional<Instant> expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> lastUsedAt() {
        return lastUsedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiKey other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "ApiKey[" + id + " " + name + " " + scopes + "]";
    }
}
