package dev.vigil.adapters.persistence;

import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.apikey.ApiKeyId;
import dev.vigil.domain.apikey.KeyOrigin;
import dev.vigil.domain.apikey.Scope;
import dev.vigil.domain.apikey.SecretHash;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;

/** A row of the {@code api_keys} table; scopes are stored comma-separated. */
public record ApiKeyRow(long id, String name, String hint, String secretHash, String scopes, String origin,
                        Long expiresAt, Long lastUsedAt, long createdAt) {

    static ApiKeyRow of(ApiKey k) {
        return new ApiKeyRow(k.id().value(), k.name(), k.hint(), k.hash().hex(),
                k.scopes().stream().map(Columns::name).sorted().collect(Collectors.joining(",")),
                Columns.name(k.origin()), Columns.millis(k.expiresAt()), Columns.millis(k.lastUsedAt()),
                Columns.millis(k.createdAt()));
    }

    ApiKey toDomain() {
        EnumSet<Scope> scopeSet = EnumSet.noneOf(Scope.class);
        Arrays.stream(scopes.split(",")).map(s -> Columns.enumOf(Scope.class, s)).forEach(scopeSet::add);
        return ApiKey.restore(new ApiKeyId(id), name, hint, new SecretHash(secretHash), scopeSet,
                Columns.enumOf(KeyOrigin.class, origin), Columns.instant(expiresAt), Columns.instant(lastUsedAt),
                Columns.instant(createdAt));
    }
}
