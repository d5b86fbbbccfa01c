package dev.vigil.bootstrap.browser;

import dev.vigil.adapters.persistence.JdbiCheckHistory;
import dev.vigil.adapters.persistence.JdbiDependencies;
import dev.vigil.adapters.persistence.JdbiIncidents;
import dev.vigil.adapters.persistence.JdbiMaintenanceWindows;
import dev.vigil.adapters.persistence.JdbiStatusHistory;
import dev.vigil.adapters.persistence.JdbiStatusLog;
import dev.vigil.adapters.persistence.JdbiStatusTallies;
import dev.vigil.adapters.persistence.JdbiSystems;
import dev.vigil.adapters.persistence.JdbiTransactions;
import dev.vigil.adapters.persistence.SqliteDatabase;
import dev.vigil.application.fakes.MutableClock;
import dev.vigil.application.port.in.dependency.AddDependencyCommand;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatusCommand;
import dev.vigil.application.port.in.incident.OpenIncidentCommand;
import dev.vigil.application.port.in.incident.ResolveIncidentCommand;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.service.AddDependencyService;
import dev.vigil.application.service.ChangeDependencyStatusService;
import dev.vigil.application.service.CreateSystemService;
import dev.vigil.application.service.OpenIncidentService;
import dev.vigil.application.service.ResolveIncidentService;
import dev.vigil.application.service.TallyStatusDaysService;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.UpdateVisibility;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.Visibility;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Ninety days of a small company's history written into the database of a running Vigil, through the use cases with
 * a clock set in the past: systems created three months ago, occasional outages and slow spells of their
 * dependencies, a past incident, the closed days tallied, and a day of check results rolled up per hour. What the
 * status page's uptime bars and sparklines draw in the screenshots. Deterministic (a seeded random).
 */
final class SeededHistory {
    /** The public systems seeded, by name, with their dependencies. */
    static final List<String> SYSTEMS = List.of("Checkout API", "Search", "Notifications");

    private SeededHistory() {
    }

    /** Writes the history up to {@code now}; returns the dependencies created (their ids, for checks). */
    static List<Dependency> write(Path databaseFile, Instant now) {
        try (SqliteDatabase database = SqliteDatabase.open(databaseFile)) {
            Instant start = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(89)).plus(Duration.ofHours(6));
            MutableClock clock = new MutableClock(start);
            var systems = new JdbiSystems(database);
            var dependencies = new JdbiDependencies(database);
            var log = new JdbiStatusLog(database);
            var windows = new JdbiMaintenanceWindows(database);
            var transactions = new JdbiTransactions(database);
            var incidents = new JdbiIncidents(database);
            EventPublisher quiet = event -> { };
            var create = new CreateSystemService(systems, transactions, clock);
            var add = new AddDependencyService(systems, dependencies, log, quiet, windows, transactions, clock);
            var change = new ChangeDependencyStatusService(systems, dependencies, log, quiet, windows, transactions, clock);

            List<Dependency> all = new ArrayList<>();
            List<List<String>> dependencyNames = List.of(List.of("PostgreSQL", "Redis", "Payment provider"),
                    List.of("Elasticsearch", "Indexer"), List.of("Message queue", "Mail relay"));
            List<MonitoredSystem> created = new ArrayList<>();
            for (int i = 0; i < SYSTEMS.size(); i++) {
                MonitoredSystem system = create.create(new CreateSystemCommand(SYSTEMS.get(i), Optional.empty(),
                        "", "", "Platform team", Visibility.PUBLIC, SlaTarget.DEFAULT));
                created.add(system);
                for (String name : dependencyNames.get(i)) {
                    all.add(add.add(new AddDependencyCommand(system.id(), name, "",
                            name.equals("Redis") || name.equals("Indexer") || name.equals("Mail relay")
                                    ? Criticality.MINOR : Criticality.CRITICAL)));
                }
            }
            create.create(new CreateSystemCommand("Back office", Optional.empty(), "", "", "", Visibility.PRIVATE,
                    SlaTarget.DEFAULT));

            Random random = new Random(5);
            for (int day = 0; day < 89; day++) {
                Instant morning = start.plus(Duration.ofDays(day));
                for (Dependency d : all) {
                    double roll = random.nextDouble();
                    if (roll < 0.025 || roll > 0.97) {
                        Instant at = morning.plus(Duration.ofMinutes(random.nextInt(14 * 60)));
                        clock.set(at);
                        change.change(new ChangeDependencyStatusCommand(d.id(), roll < 0.025 ? Status.OUTAGE
                                : Status.DEGRADED, "seeded"));
                        clock.set(at.plus(Duration.ofMinutes(10 + random.nextInt(80))));
                        change.change(new ChangeDependencyStatusCommand(d.id(), Status.OPERATIONAL, "seeded"));
                    }
                }
            }
            Instant incidentAt = start.plus(Duration.ofDays(70)).plus(Duration.ofHours(3));
            clock.set(incidentAt);
            var open = new OpenIncidentService(incidents, systems, quiet, transactions, clock);
            var incident = open.open(new OpenIncidentCommand("Payment provider timeouts", Impact.MAJOR,
                    Set.of(created.get(0).id()), "Some payments fail; we are on it.", UpdateVisibility.PUBLIC,
                    "seed", Optional.empty()));
            clock.set(incidentAt.plus(Duration.ofMinutes(47)));
            new ResolveIncidentService(incidents, systems, quiet, transactions, clock)
                    .resolve(new ResolveIncidentCommand(incident.id(), "Payments work again.", Optional.empty(), "seed"));

            clock.set(now);
            var tally = new TallyStatusDaysService(systems, dependencies, new JdbiStatusHistory(database),
                    new JdbiStatusTallies(database), windows, transactions, clock);
            while (tally.tallyClosedDays() > 0) {
                // one run tallies at most a few days: carry on until every closed day is tallied
            }

            var history = new JdbiCheckHistory(database);
            List<CheckResult> results = new ArrayList<>();
            Instant from = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(26));
            for (Dependency d : all) {
                long base = 8 + d.id().value() * 7 % 40;
                for (Instant t = from; t.isBefore(now); t = t.plus(Duration.ofMinutes(5))) {
                    double hour = Duration.between(from, t).toMinutes() / 60.0;
                    long latency = Math.round(base + base * 0.6 * Math.sin(hour / 3.0 + d.id().value())
                            + random.nextInt(6));
                    results.add(CheckResult.up(d.id(), t, Duration.ofMillis(Math.max(1, latency)), Optional.of(200)));
                }
            }
            history.append(results);
            history.rollUpHours(now.truncatedTo(ChronoUnit.HOURS));
            return all;
        }
    }
}
