package dev.vigil.benchmarks.analytics;

import dev.vigil.adapters.persistence.JdbiDependencies;
import dev.vigil.adapters.persistence.JdbiMaintenanceWindows;
import dev.vigil.adapters.persistence.JdbiSystems;
import dev.vigil.adapters.persistence.SqliteDatabase;
import dev.vigil.domain.maintenance.MaintenanceId;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyDetails;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.Slug;
import dev.vigil.domain.system.SystemDetails;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.system.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes a fleet and its status history straight into a database: systems with critical and minor dependencies,
 * each dependency failing now and then (outage or degraded, for minutes), the systems' roll-up changes derived from
 * them as Vigil derives them, and a monthly one-hour maintenance window per system. Seeded, so runs compare.
 */
final class HistoryGenerator {
    private static final Duration MEAN_FAILURE = Duration.ofMinutes(20);
    private static final int CRITICAL_PER_SYSTEM = 3;
    private static final String INSERT = """
            INSERT INTO status_log (system_id, dependency_id, old_status, new_status, message, source,
                                    cause_dependency_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    /** What to generate. */
    record Settings(int systems, int dependenciesPerSystem, int days, double failuresPerDependencyPerDay, long seed) {
    }

    /** What was generated. */
    record Generated(int systems, int dependencies, long dependencyChanges, long systemChanges, int windows) {
    }

    private record Change(Instant at, int dependency, Status to) {
    }

    private final SqliteDatabase database;
    private final Settings settings;
    private final Random random;

    HistoryGenerator(SqliteDatabase database, Settings settings) {
        this.database = database;
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    Generated generate(Instant now) {
        Instant start = now.minus(Duration.ofDays(settings.days()));
        var systems = new JdbiSystems(database);
        var dependencies = new JdbiDependencies(database);
        var windows = new JdbiMaintenanceWindows(database);
        long dependencyChanges = 0;
        long systemChanges = 0;
        int windowCount = 0;
        for (int s = 1; s <= settings.systems(); s++) {
            SystemId systemId = systems.nextId();
            String name = String.format(Locale.ROOT, "System %03d", s);
            SystemDetails details = new SystemDetails(name, Slug.fromName(name), "", "", "Team " + (s % 10),
                    Visibility.PUBLIC, s % 4 == 0 ? new SlaTarget(99.95) : SlaTarget.DEFAULT);
            List<DependencyDetails> own = new ArrayList<>();
            for (int d = 0; d < settings.dependenciesPerSystem(); d++) {
                own.add(new DependencyDetails("Dependency " + d, "",
                        d < CRITICAL_PER_SYSTEM ? Criticality.CRITICAL : Criticality.MINOR));
            }
            List<Change> changes = new ArrayList<>();
            for (int d = 0; d < own.size(); d++) {
                changes.addAll(failuresOf(d, start, now));
            }
            changes.sort(Comparator.comparing(Change::at));

            MonitoredSystem system = MonitoredSystem.register(systemId, details, start);
            systems.save(system);
            List<DependencyId> ids = new ArrayList<>();
            for (DependencyDetails d : own) {
                DependencyId id = dependencies.nextId();
                ids.add(id);
                dependencies.save(Dependency.restore(id, systemId, d, Status.OPERATIONAL, start, start));
            }
            Status[] statuses = new Status[own.size()];
            Arrays.fill(statuses, Status.OPERATIONAL);
            Status systemStatus = Status.OPERATIONAL;
            List<Object[]> rows = new ArrayList<>();
            for (Change c : changes) {
                Status before = statuses[c.dependency()];
                statuses[c.dependency()] = c.to();
                rows.add(row(systemId, Optional.of(ids.get(c.dependency())), before, c.to(), "check", null, c.at()));
                dependencyChanges++;
                Status rolled = Status.OPERATIONAL;
                Integer cause = null;
                for (int d = 0; d < statuses.length; d++) {
                    Status contribution = d < CRITICAL_PER_SYSTEM ? statuses[d]
                            : statuses[d].isFailing() ? Status.DEGRADED : Status.OPERATIONAL;
                    if (contribution.isWorseThan(rolled)) {
                        rolled = contribution;
                        cause = d;
                    }
                }
                if (rolled != systemStatus) {
                    rows.add(row(systemId, Optional.empty(), systemStatus, rolled, "rollup",
                            cause == null ? null : ids.get(cause).value(), c.at()));
                    systemStatus = rolled;
                    systemChanges++;
                }
            }
            insert(rows);
            for (int d = 0; d < own.size(); d++) {
                dependencies.save(Dependency.restore(ids.get(d), systemId, own.get(d), statuses[d], start, now));
            }
            systems.save(MonitoredSystem.restore(systemId, details, Status.OPERATIONAL, systemStatus, start, now));
            for (Instant month = start.plus(Duration.ofDays(random.nextInt(30))); month.isBefore(now);
                 month = month.plus(Duration.ofDays(30))) {
                MaintenanceId id = windows.nextId();
                Instant from = month.plus(Duration.ofMinutes(random.nextInt(24 * 60)));
                Instant to = from.plus(Duration.ofHours(1));
                boolean over = !to.isAfter(now);
                windows.save(MaintenanceWindow.restore(id, "Patching " + name, "", from, to, Set.of(systemId),
                        Optional.empty(), Optional.of(from), over ? Optional.of(to) : Optional.empty(), from, from));
                windowCount++;
            }
        }
        return new Generated(settings.systems(), settings.systems() * settings.dependenciesPerSystem(),
                dependencyChanges, systemChanges, windowCount);
    }

    /** A dependency's failures: exponential gaps, outage seven times in ten (else degraded), minutes long. */
    private List<Change> failuresOf(int dependency, Instant start, Instant now) {
        List<Change> changes = new ArrayList<>();
        double meanGapMillis = Duration.ofDays(1).toMillis() / settings.failuresPerDependencyPerDay();
        Instant t = start;
        while (true) {
            t = t.plusMillis(Math.max(1000, (long) exponential(meanGapMillis)));
            if (!t.isBefore(now)) {
                return changes;
            }
            changes.add(new Change(t, dependency, random.nextDouble() < 0.7 ? Status.OUTAGE : Status.DEGRADED));
            t = t.plusMillis(Math.max(1000, (long) exponential(MEAN_FAILURE.toMillis())));
            if (!t.isBefore(now)) {
                return changes;
            }
            changes.add(new Change(t, dependency, Status.OPERATIONAL));
        }
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    private static final Map<Status, String> COLUMN = new EnumMap<>(Status.class);

    static {
        for (Status s : Status.values()) {
            COLUMN.put(s, s.name().toLowerCase(Locale.ROOT));
        }
    }

    private static Object[] row(SystemId system, Optional<DependencyId> dependency, Status from, Status to,
                                String source, Long cause, Instant at) {
        return new Object[] {system.value(), dependency.map(DependencyId::value).orElse(null), COLUMN.get(from),
            COLUMN.get(to), "", source, cause, at.toEpochMilli()};
    }

    private void insert(List<Object[]> rows) {
        database.write(h -> {
            PreparedBatch batch = h.prepareBatch(INSERT);
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    batch.bind(i, row[i]);
                }
                batch.add();
            }
            if (!rows.isEmpty()) {
                batch.execute();
            }
            return null;
        });
    }
}
