package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.ApiKeys;
import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.apikey.ApiKeyId;
import dev.vigil.domain.apikey.KeyOrigin;
import dev.vigil.domain.apikey.SecretHash;
import java.util.List;
import java.util.Optional;

/** API keys in the {@code api_keys} table. */
public final class JdbiApiKeys implements ApiKeys {
    private static final String SEQUENCE = "api_keys";
    private final SqliteDatabase database;

    public JdbiApiKeys(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public ApiKeyId nextId() {
        return new ApiKeyId(database.write(h -> h.attach(SequenceDao.class).next(SEQUENCE)));
    }

    @Override
    public void save(ApiKey key) {
        database.write(h -> {
            h.attach(ApiKeyDao.class).upsert(ApiKeyRow.of(key));
            h.attach(SequenceDao.class).atLeast(SEQUENCE, key.id().value());
            return null;
        });
    }

    @Override
    public Optional<ApiKey> byId(ApiKeyId id) {
        return database.read(h -> h.attach(ApiKeyDao.class).byId(id.value())).map(ApiKeyRow::toDomain);
    }

    @Override
    public Optional<ApiKey> byHash(SecretHash hash) {
        return database.read(h -> h.attach(ApiKeyDao.class).byHash(hash.hex())).map(ApiKeyRow::toDomain);
    }

    @Override
    public List<ApiKey> all() {
        return database.read(h -> h.attach(ApiKeyDao.class).all()).stream().map(ApiKeyRow::toDomain).toList();
    }

    @Override
    public List<ApiKey> withOrigin(KeyOrigin origin) {
        return database.read(h -> h.attach(ApiKeyDao.class).withOrigin(Columns.name(origin))).stream()
                .map(ApiKeyRow::toDomain).toList();
    }

    @Override
    public void delete(ApiKeyId id) {
        database.write(h -> {
            h.attach(ApiKeyDao.class).delete(id.value());
            return null;
        });
    }
}
