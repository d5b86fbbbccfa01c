package dev.vigil.adapters.persistence;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code admin_accounts} table. */
@RegisterConstructorMapper(AdminAccountRow.class)
public interface AdminAccountDao {
    @SqlUpdate("""
            INSERT INTO admin_accounts (username, password_hash, created_at, updated_at)
            VALUES (:username, :passwordHash, :createdAt, :updatedAt)
            ON CONFLICT (username) DO UPDATE SET
                password_hash = excluded.password_hash, created_at = excluded.created_at,
                updated_at = excluded.updated_at""")
    void upsert(@BindMethods AdminAccountRow row);

    @SqlQuery("SELECT * FROM admin_accounts WHERE username = :username")
    Optional<AdminAccountRow> byUsername(String username);
}
