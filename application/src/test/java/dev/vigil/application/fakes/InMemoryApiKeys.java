package dev.vigil.application.fakes;

import dev.vigil.application.port.out.ApiKeys;
import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.apikey.ApiKeyId;
import dev.vigil.domain.apikey.KeyOrigin;
import dev.vigil.domain.apikey.SecretHash;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** API keys in a map, with the same unique-hash rule as the database. */
public final class InMemoryApiKeys implements ApiKeys {
    private final Map<ApiKeyId, ApiKey> keys = new LinkedHashMap<>();
    private long sequence;

    @Override
    public synchronized ApiKeyId nextId() {
        return new ApiKeyId(++sequence);
    }

    @Override
    public synchronized void save(ApiKey key) {
        byHash(key.hash()).filter(other -> !other.id().equals(key.id())).ifPresent(other -> {
            throw new IllegalStateException("another key has the same secret hash");
        });
        keys.put(key.id(), key);
        sequence = Math.max(sequence, key.id().value());
    }

    @Override
    public synchronized Optional<ApiKey> byId(ApiKeyId id) {
        return Optional.ofNullable(keys.get(id));
    }

    @Override
    public synchronized Optional<ApiKey> byHash(SecretHash hash) {
        return keys.values().stream().filter(k -> k.hash().equals(hash)).findFirst();
    }

    @Override
    public synchronized List<ApiKey> all() {
        return keys.values().stream()
                .sorted(Comparator.comparing(ApiKey::createdAt).thenComparingLong(k -> k.id().value()))
                .toList();
    }

    @Override
    public synchronized List<ApiKey> withOrigin(KeyOrigin origin) {
        return all().stream().filter(k -> k.origin() == origin).toList();
    }

    @Override
    public synchronized void delete(ApiKeyId id) {
        keys.remove(id);
    }
}
