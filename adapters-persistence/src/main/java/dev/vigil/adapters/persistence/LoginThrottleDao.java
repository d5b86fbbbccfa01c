package dev.vigil.adapters.persistence;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code login_throttles} table. */
@RegisterConstructorMapper(LoginThrottleRow.class)
public interface LoginThrottleDao {
    @SqlUpdate("""
            INSERT INTO login_throttles (username, failures, last_failure_at)
            VALUES (:username, :failures, :lastFailureAt)
            ON CONFLICT (username) DO UPDATE SET
                failures = excluded.failures, last_failure_at = excluded.last_failure_at""")
    void upsert(@BindMethods LoginThrottleRow row);

    @SqlQuery("SELECT * FROM login_throttles WHERE username = :username")
    Optional<LoginThrottleRow> of(String username);

    @SqlUpdate("DELETE FROM login_throttles WHERE username = :username")
    void clear(String username);
}
