package dev.vigil.adapters.persistence;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Grouped counts for monitoring: one query each, whatever the number of systems. */
@RegisterConstructorMapper(CountsDao.ResultTotalsRow.class)
@RegisterConstructorMapper(CountsDao.KeyCountRow.class)
@RegisterConstructorMapper(CountsDao.PairCountRow.class)
public interface CountsDao {
    /** A row of {@code check_result_totals}. */
    record ResultTotalsRow(long dependencyId, long results, long failures) {
    }

    /** A count under one key. */
    record KeyCountRow(String name, long count) {
    }

    /** A count under two keys. */
    record PairCountRow(String first, String second, long count) {
    }

    @SqlQuery("SELECT dependency_id, results, failures FROM check_result_totals")
    List<ResultTotalsRow> checkResults();

    @SqlQuery("SELECT impact AS first, state AS second, COUNT(*) AS count FROM incidents GROUP BY impact, state")
    List<PairCountRow> incidents();

    @SqlQuery("SELECT COUNT(*) FROM sla_breaches WHERE acknowledged_by IS NULL")
    long unacknowledgedSlaBreaches();

    @SqlQuery("SELECT state AS name, COUNT(*) AS count FROM deliveries GROUP BY state")
    List<KeyCountRow> deliveries();

    @SqlQuery("SELECT outcome AS name, COUNT(*) AS count FROM delivery_attempts GROUP BY outcome")
    List<KeyCountRow> deliveryAttempts();
}
