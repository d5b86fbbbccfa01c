package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.CheckHistory;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.LatencyHistogram;
import dev.vigil.domain.check.ResultStats;
import dev.vigil.domain.system.DependencyId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Check history in {@code check_results} (raw), {@code check_hourly} and {@code check_daily}. Aggregation happens in
 * SQL: a roll-up is one {@code INSERT … SELECT … GROUP BY}, a report one grouped query per tier.
 */
public final class JdbiCheckHistory implements CheckHistory {
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final String HISTOGRAM_COLUMNS = IntStream.range(0, LatencyHistogram.BUCKETS)
            .mapToObj(i -> "h" + i).collect(Collectors.joining(", "));
    /** Aggregates over raw rows: counts, latency of results that did not fail, histogram buckets. */
    private static final String RAW_AGGREGATES = """
            COUNT(*), SUM(verdict = 2), SUM(verdict = 1),
            COALESCE(MIN(CASE WHEN verdict < 2 THEN latency_ms END), 0),
            COALESCE(MAX(CASE WHEN verdict < 2 THEN latency_ms END), 0),
            COALESCE(SUM(CASE WHEN verdict < 2 THEN latency_ms END), 0), """ + rawHistogram();
    /** Aggregates over roll-up rows. */
    private static final String ROLLUP_AGGREGATES = """
            SUM(count), SUM(failures), SUM(degraded),
            COALESCE(MIN(CASE WHEN count > failures THEN latency_min END), 0),
            MAX(latency_max), SUM(latency_sum), """ + IntStream.range(0, LatencyHistogram.BUCKETS)
            .mapToObj(i -> "SUM(h" + i + ")").collect(Collectors.joining(", "));

    private final SqliteDatabase database;

    public JdbiCheckHistory(SqliteDatabase database) {
        this.database = database;
    }

    private static String rawHistogram() {
        return IntStream.range(0, LatencyHistogram.BUCKETS).mapToObj(i -> {
            String lower = i == 0 ? "" : " AND latency_ms > " + LatencyHistogram.upperBound(i - 1);
            String upper = i == LatencyHistogram.BUCKETS - 1 ? "" : " AND latency_ms <= " + LatencyHistogram.upperBound(i);
            return "SUM(verdict < 2" + lower + upper + ")";
        }).collect(Collectors.joining(", "));
    }

    private static String upsertInto(String table) {
        String adds = IntStream.range(0, LatencyHistogram.BUCKETS).mapToObj(i -> "h" + i + " = h" + i + " + excluded.h" + i)
                .collect(Collectors.joining(", "));
        return " ON CONFLICT (dependency_id, start) DO UPDATE SET count = count + excluded.count,"
                + " failures = failures + excluded.failures, degraded = degraded + excluded.degraded,"
                + " latency_min = CASE WHEN count = failures THEN excluded.latency_min"
                + " WHEN excluded.count = excluded.failures THEN latency_min"
                + " ELSE MIN(latency_min, excluded.latency_min) END,"
                + " latency_max = MAX(latency_max, excluded.latency_max),"
                + " latency_sum = latency_sum + excluded.latency_sum, " + adds;
    }

    @Override
    public void append(List<CheckResult> results) {
        if (results.isEmpty()) {
            return;
        }
        List<CheckResultRow> rows = results.stream().map(CheckResultRow::of).toList();
        database.write(h -> {
            h.attach(CheckResultDao.class).insert(rows);
            return null;
        });
    }

    @Override
    public SortedMap<Instant, ResultStats> stats(Tier tier, DependencyId dependency, Instant from, Instant to,
                                                 Duration bucket) {
        String sql = switch (tier) {
            case RAW -> "SELECT (at / :bucket) * :bucket, " + RAW_AGGREGATES
                    + " FROM check_results WHERE dependency_id = :dependency AND at >= :from AND at < :to GROUP BY 1";
            case HOURLY -> "SELECT (start / :bucket) * :bucket, " + ROLLUP_AGGREGATES
                    + " FROM check_hourly WHERE dependency_id = :dependency AND start >= :from AND start < :to GROUP BY 1";
            case DAILY -> "SELECT (start / :bucket) * :bucket, " + ROLLUP_AGGREGATES
                    + " FROM check_daily WHERE dependency_id = :dependency AND start >= :from AND start < :to GROUP BY 1";
        };
        SortedMap<Instant, ResultStats> out = new TreeMap<>();
        database.read(h -> h.createQuery(sql)
                .bind("bucket", bucket.toMillis())
                .bind("dependency", dependency.value())
                .bind("from", from.toEpochMilli())
                .bind("to", to.toEpochMilli())
                .map((rs, ctx) -> {
                    out.put(Instant.ofEpochMilli(rs.getLong(1)), statsFrom(rs));
                    return 0;
                }).list());
        return out;
    }

    private static ResultStats statsFrom(ResultSet rs) throws SQLException {
        long[] histogram = new long[LatencyHistogram.BUCKETS];
        for (int i = 0; i < histogram.length; i++) {
            histogram[i] = rs.getLong(8 + i);
        }
        return new ResultStats(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                rs.getLong(7), LatencyHistogram.of(histogram));
    }

    @Override
    public void rollUpHours(Instant until) {
        rollUp("hourly", until.toEpochMilli(), "INSERT INTO check_hourly (dependency_id, start, count, failures, degraded,"
                + " latency_min, latency_max, latency_sum, " + HISTOGRAM_COLUMNS + ") SELECT dependency_id, (at / " + HOUR
                + ") * " + HOUR + ", " + RAW_AGGREGATES + " FROM check_results WHERE at >= :from AND at < :until"
                + " GROUP BY 1, 2" + upsertInto("check_hourly"));
    }

    @Override
    public void rollUpDays(Instant until) {
        rollUp("daily", until.toEpochMilli(), "INSERT INTO check_daily (dependency_id, start, count, failures, degraded,"
                + " latency_min, latency_max, latency_sum, " + HISTOGRAM_COLUMNS + ") SELECT dependency_id, (start / " + DAY
                + ") * " + DAY + ", " + ROLLUP_AGGREGATES + " FROM check_hourly WHERE start >= :from AND start < :until"
                + " GROUP BY 1, 2" + upsertInto("check_daily"));
    }

    private void rollUp(String tier, long until, String sql) {
        database.write(h -> {
            CheckResultDao dao = h.attach(CheckResultDao.class);
            long from = dao.mark(tier).orElse(Long.MIN_VALUE);
            if (until <= from) {
                return null;
            }
            h.createUpdate(sql).bind("from", from).bind("until", until).execute();
            dao.setMark(tier, until);
            return null;
        });
    }

    @Override
    public long purge(Instant rawBefore, Instant hourlyBefore) {
        long raw = database.write(h -> h.attach(CheckResultDao.class).deleteRawBefore(rawBefore.toEpochMilli()));
        long hourly = database.write(h -> h.attach(CheckResultDao.class).deleteHourlyBefore(hourlyBefore.toEpochMilli()));
        return raw + hourly;
    }
}
