-- Vigil schema, version 7 (issue 7): how many check results each dependency has had, and how many failed, kept
-- as running totals for /metrics. A trigger counts every raw result as it is stored (in the same transaction, so a
-- rolled-back batch counts nothing, and a result dropped as a duplicate is not counted); purging old results and
-- rolling them up do not change the totals. The totals start from the history kept when this version is installed.

CREATE TABLE check_result_totals (
    dependency_id INTEGER NOT NULL PRIMARY KEY,
    results       INTEGER NOT NULL,
    failures      INTEGER NOT NULL
);

INSERT INTO check_result_totals (dependency_id, results, failures)
SELECT dependency_id, SUM(n), SUM(f) FROM (
    SELECT dependency_id, count AS n, failures AS f FROM check_daily
    WHERE start < COALESCE((SELECT until FROM check_rollup_marks WHERE tier = 'daily'), -9223372036854775808)
    UNION ALL
    SELECT dependency_id, count, failures FROM check_hourly
    WHERE start >= COALESCE((SELECT until FROM check_rollup_marks WHERE tier = 'daily'), -9223372036854775808)
      AND start < MAX(COALESCE((SELECT until FROM check_rollup_marks WHERE tier = 'hourly'), -9223372036854775808),
                      COALESCE((SELECT until FROM check_rollup_marks WHERE tier = 'daily'), -9223372036854775808))
    UNION ALL
    SELECT dependency_id, 1, verdict = 2 FROM check_results
    WHERE at >= MAX(COALESCE((SELECT until FROM check_rollup_marks WHERE tier = 'hourly'), -9223372036854775808),
                    COALESCE((SELECT until FROM check_rollup_marks WHERE tier = 'daily'), -9223372036854775808))
)
GROUP BY dependency_id;

CREATE TRIGGER check_results_counted AFTER INSERT ON check_results
BEGIN
    INSERT INTO check_result_totals (dependency_id, results, failures)
    VALUES (NEW.dependency_id, 1, NEW.verdict = 2)
    ON CONFLICT (dependency_id) DO UPDATE SET results = results + 1, failures = failures + (NEW.verdict = 2);
END;
