package dev.vigil.adapters.persistence;

import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for {@code check_rollup_marks}: how far each roll-up tier has got. */
public interface RollupMarkDao {
    @SqlQuery("SELECT until FROM check_rollup_marks WHERE tier = :tier")
    Optional<Long> mark(String tier);

    @SqlUpdate("""
            INSERT INTO check_rollup_marks (tier, until) VALUES (:tier, :until)
            ON CONFLICT (tier) DO UPDATE SET until = excluded.until""")
    void setMark(String tier, long until);
}
