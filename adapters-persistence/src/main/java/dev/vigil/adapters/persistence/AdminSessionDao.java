package dev.vigil.adapters.persistence;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code admin_sessions} table. */
@RegisterConstructorMapper(AdminSessionRow.class)
public interface AdminSessionDao {
    @SqlUpdate("""
            INSERT INTO admin_sessions (id, username, csrf_token, created_at, last_seen_at)
            VALUES (:id, :username, :csrfToken, :createdAt, :lastSeenAt)
            ON CONFLICT (id) DO UPDATE SET
                username = excluded.username, csrf_token = excluded.csrf_token, created_at = excluded.created_at,
                last_seen_at = excluded.last_seen_at""")
    void upsert(@BindMethods AdminSessionRow row);

    @SqlQuery("SELECT * FROM admin_sessions WHERE id = :id")
    Optional<AdminSessionRow> byId(String id);

    @SqlUpdate("DELETE FROM admin_sessions WHERE id = :id")
    void delete(String id);

    @SqlUpdate("DELETE FROM admin_sessions WHERE username = :username")
    void deleteOf(String username);

    @SqlUpdate("DELETE FROM admin_sessions WHERE created_at <= :startedUpTo OR last_seen_at <= :seenUpTo")
    void deleteInactive(long startedUpTo, long seenUpTo);
}
