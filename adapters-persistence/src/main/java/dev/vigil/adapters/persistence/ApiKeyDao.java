package dev.vigil.adapters.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code api_keys} table. */
@RegisterConstructorMapper(ApiKeyRow.class)
public interface ApiKeyDao {
    @SqlUpdate("""
            INSERT INTO api_keys (id, name, hint, secret_hash, scopes, origin, expires_at, last_used_at, created_at)
            VALUES (:id, :name, :hint, :secretHash, :scopes, :origin, :expiresAt, :lastUsedAt, :createdAt)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, hint = excluded.hint, secret_hash = excluded.secret_hash,
                scopes = excluded.scopes, origin = excluded.origin, expires_at = excluded.expires_at,
                last_used_at = excluded.last_used_at, created_at = excluded.created_at""")
    void upsert(@BindMethods ApiKeyRow row);

    @SqlQuery("SELECT * FROM api_keys WHERE id = :id")
    Optional<ApiKeyRow> byId(long id);

    @SqlQuery("SELECT * FROM api_keys WHERE secret_hash = :hash")
    Optional<ApiKeyRow> byHash(String hash);

    @SqlQuery("SELECT * FROM api_keys ORDER BY created_at, id")
    List<ApiKeyRow> all();

    @SqlQuery("SELECT * FROM api_keys WHERE origin = :origin ORDER BY created_at, id")
    List<ApiKeyRow> withOrigin(String origin);

    @SqlUpdate("DELETE FROM api_keys WHERE id = :id")
    void delete(long id);
}
