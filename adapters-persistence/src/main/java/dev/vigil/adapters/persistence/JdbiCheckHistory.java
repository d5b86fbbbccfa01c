package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.CheckHistory;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.LatencyHistogram;
import dev.vigil.domain.check.ResultStats;
import dev.vigil.domain.system.DependencyId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** Dependencies rolled up or purged per write transaction: keeps each hold of the single writer short. */
    private static final int PER_TRANSACTION = 50;
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

    /**
     * A second result of one dependency in the same millisecond is dropped (the primary key). Bound through plain
     * JDBC: at tens of thousands of rows a second, Jdbi's per-value argument lookup was a fifth of the CPU.
     */
    private static final String INSERT_RAW = "INSERT OR IGNORE INTO check_results"
            + " (dependency_id, at, verdict, latency_ms, status_code, reason) VALUES (?, ?, ?, ?, ?, ?)";
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

    /** Recomputing a period replaces its row, so rolling up the same period again never counts twice. */
    private static String replacing() {
        String columns = IntStream.range(0, LatencyHistogram.BUCKETS).mapToObj(i -> "h" + i + " = excluded.h" + i)
                .collect(Collectors.joining(", "));
        return " ON CONFLICT (dependency_id, start) DO UPDATE SET count = excluded.count, failures = excluded.failures,"
                + " degraded = excluded.degraded, latency_min = excluded.latency_min,"
                + " latency_max = excluded.latency_max, latency_sum = excluded.latency_sum, " + columns;
    }

    @Override
    public void append(List<CheckResult> results) {
        if (results.isEmpty()) {
            return;
        }
        List<CheckResultRow> rows = results.stream().map(CheckResultRow::of).toList();
        database.write(h -> {
            try (PreparedStatement insert = h.getConnection().prepareStatement(INSERT_RAW)) {
                for (CheckResultRow r : rows) {
                    insert.setLong(1, r.dependencyId());
                    insert.setLong(2, r.at());
                    insert.setInt(3, r.verdict());
                    insert.setLong(4, r.latencyMs());
                    insert.setObject(5, r.statusCode());
                    insert.setString(6, r.reason());
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot store " + rows.size() + " check results: " + e.getMessage(), e);
            }
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

    @Override
    public Map<DependencyId, SortedMap<Instant, ResultStats>> hourly(Collection<DependencyId> dependencies,
                                                                     Instant from, Instant to) {
        List<Long> ids = dependencies.stream().map(DependencyId::value).distinct().toList();
        Map<DependencyId, SortedMap<Instant, ResultStats>> out = new HashMap<>();
        // Each id in the IN list is a range on the primary key (dependency_id, start): no scan of the whole table.
        String sql = "SELECT start, count, failures, degraded, latency_min, latency_max, latency_sum, "
                + HISTOGRAM_COLUMNS + ", dependency_id FROM check_hourly"
                + " WHERE dependency_id IN (<ids>) AND start >= :from AND start < :to";
        int idColumn = 8 + LatencyHistogram.BUCKETS;
        for (int i = 0; i < ids.size(); i += Chunks.SIZE) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + Chunks.SIZE));
            database.read(h -> h.createQuery(sql)
                    .bindList("ids", chunk)
                    .bind("from", from.toEpochMilli())
                    .bind("to", to.toEpochMilli())
                    .map((rs, ctx) -> {
                        out.computeIfAbsent(new DependencyId(rs.getLong(idColumn)), d -> new TreeMap<>())
                                .put(Instant.ofEpochMilli(rs.getLong(1)), statsFrom(rs));
                        return 0;
                    }).list());
        }
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
        rollUp("hourly", "check_results", "at", HOUR, until.toEpochMilli(), "INSERT INTO check_hourly (dependency_id, start,"
                + " count, failures, degraded, latency_min, latency_max, latency_sum, " + HISTOGRAM_COLUMNS + ")"
                + " SELECT dependency_id, (at / " + HOUR + ") * " + HOUR + ", " + RAW_AGGREGATES + " FROM check_results"
                + " WHERE dependency_id = :dependency AND at >= :from AND at < :until GROUP BY 2" + replacing());
    }

    @Override
    public void rollUpDays(Instant until) {
        rollUp("daily", "check_hourly", "start", DAY, until.toEpochMilli(), "INSERT INTO check_daily (dependency_id, start,"
                + " count, failures, degraded, latency_min, latency_max, latency_sum, " + HISTOGRAM_COLUMNS + ")"
                + " SELECT dependency_id, (start / " + DAY + ") * " + DAY + ", " + ROLLUP_AGGREGATES + " FROM check_hourly"
                + " WHERE dependency_id = :dependency AND start >= :from AND start < :until GROUP BY 2" + replacing());
    }

    /**
     * Rolls every whole period before {@code until} since the last mark, dependency by dependency along the primary
     * key (never a scan of the whole table), a few dependencies per transaction so the single writer is never held
     * long; the mark moves when all are done. A period is always recomputed whole, so a repeated run is harmless.
     */
    private void rollUp(String tier, String source, String time, long period, long until, String sql) {
        long end = Math.floorDiv(until, period) * period;
        List<Long> dependencies = dependenciesIn(source);
        long from = database.read(h -> h.attach(RollupMarkDao.class).mark(tier)).orElseGet(() -> earliest(source, time,
                dependencies).map(t -> Math.floorDiv(t, period) * period).orElse(end));
        if (from >= end) {
            return;
        }
        for (int i = 0; i < dependencies.size(); i += PER_TRANSACTION) {
            List<Long> chunk = dependencies.subList(i, Math.min(dependencies.size(), i + PER_TRANSACTION));
            database.write(h -> {
                for (long dependency : chunk) {
                    h.createUpdate(sql).bind("dependency", dependency).bind("from", from).bind("until", end).execute();
                }
                return null;
            });
        }
        database.write(h -> {
            h.attach(RollupMarkDao.class).setMark(tier, end);
            return null;
        });
    }

    /** The dependencies a table has rows of, found by seeking along its primary key (a loose index scan). */
    private List<Long> dependenciesIn(String table) {
        String sql = "SELECT dependency_id FROM " + table + " WHERE dependency_id > :after ORDER BY dependency_id LIMIT 1";
        return database.read(h -> {
            List<Long> ids = new ArrayList<>();
            Optional<Long> next = h.createQuery(sql).bind("after", Long.MIN_VALUE).mapTo(Long.class).findOne();
            while (next.isPresent()) {
                ids.add(next.get());
                next = h.createQuery(sql).bind("after", next.get()).mapTo(Long.class).findOne();
            }
            return ids;
        });
    }

    private Optional<Long> earliest(String table, String time, List<Long> dependencies) {
        String sql = "SELECT " + time + " FROM " + table + " WHERE dependency_id = :dependency ORDER BY " + time + " LIMIT 1";
        return database.read(h -> dependencies.stream()
                .map(d -> h.createQuery(sql).bind("dependency", d).mapTo(Long.class).one())
                .min(Long::compare));
    }

    @Override
    public long purge(Instant rawBefore, Instant hourlyBefore) {
        return purge("check_results", "at", rawBefore.toEpochMilli()) + purge("check_hourly", "start", hourlyBefore.toEpochMilli());
    }

    private long purge(String table, String time, long before) {
        String sql = "DELETE FROM " + table + " WHERE dependency_id = :dependency AND " + time + " < :before";
        List<Long> dependencies = dependenciesIn(table);
        long deleted = 0;
        for (int i = 0; i < dependencies.size(); i += PER_TRANSACTION) {
            List<Long> chunk = dependencies.subList(i, Math.min(dependencies.size(), i + PER_TRANSACTION));
            deleted += database.write(h -> {
                long n = 0;
                for (long dependency : chunk) {
                    n += h.createUpdate(sql).bind("dependency", dependency).bind("before", before).execute();
                }
                return n;
            });
        }
        return deleted;
    }
}
