package dev.vigil.benchmarks;

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
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The fleet of the status page benchmark ({@code bench/status-page.sh}) with 90 days behind it, written into a fresh
 * database before Vigil starts on it: {@code systems} public systems of {@code perSystem} dependencies each, created 89
 * days ago through the use cases; now and then a dependency fails or slows down for a while (about one dependency in
 * sixty a day, seeded); a resolved incident every ten days; every closed day tallied; and the last 25 hours of check
 * results (one per dependency every 10 minutes) rolled up per hour. So the page the benchmark serves draws real uptime
 * bars and sparklines, as a status page three months into its life does.
 *
 * <pre>java -cp bootstrap/target/vigil.jar:benchmarks/target/classes dev.vigil.benchmarks.StatusPageFleet DB SYSTEMS PER_SYSTEM</pre>
 */
public final class StatusPageFleet {
    private static final PrintStream OUT = System.out;

    private StatusPageFleet() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: StatusPageFleet <database file> <systems> <dependencies per system>");
        }
        long started = System.nanoTime();
        Instant now = Instant.now();
        int systems = Integer.parseInt(args[1]);
        int perSystem = Integer.parseInt(args[2]);
        Summary summary = write(Path.of(args[0]), now, systems, perSystem, new Random(42));
        OUT.printf(Locale.ROOT, "seeded %d systems, %d dependencies, %d status changes over 89 days, %d incidents, "
                        + "%d check results rolled up per hour, in %.1f s%n", systems, systems * perSystem,
                summary.changes(), summary.incidents(), summary.results(), (System.nanoTime() - started) / 1e9);
    }

    /** What was written. */
    record Summary(int changes, int incidents, int results) {
    }

    static Summary write(Path file, Instant now, int systemCount, int perSystem, Random random) {
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            Instant start = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(89)).plus(Duration.ofHours(1));
            SettableClock clock = new SettableClock(start);
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

            List<MonitoredSystem> fleet = new ArrayList<>();
            List<Dependency> all = new ArrayList<>();
            for (int s = 1; s <= systemCount; s++) {
                MonitoredSystem system = create.create(new CreateSystemCommand("System " + s, Optional.empty(),
                        "Benchmark system number " + s, "", "", Visibility.PUBLIC, SlaTarget.DEFAULT));
                fleet.add(system);
                for (int d = 1; d <= perSystem; d++) {
                    int n = (s - 1) * perSystem + d;
                    all.add(add.add(new AddDependencyCommand(system.id(), "Dependency " + n, "",
                            n % 3 == 0 ? Criticality.MINOR : Criticality.CRITICAL)));
                }
            }

            record Spell(Dependency dependency, Instant from, Instant to, Status status) {
            }
            List<Spell> spells = new ArrayList<>();
            for (int day = 0; day < 89; day++) {
                for (Dependency d : all) {
                    double roll = random.nextDouble();
                    if (roll < 0.006 || roll > 0.99) {
                        Instant from = start.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(random.nextInt(20 * 60)));
                        spells.add(new Spell(d, from, from.plus(Duration.ofMinutes(5 + random.nextInt(90))),
                                roll < 0.006 ? Status.OUTAGE : Status.DEGRADED));
                    }
                }
            }
            spells.sort((a, b) -> a.from().compareTo(b.from()));
            int changes = 0;
            for (Spell spell : spells) {
                clock.set(spell.from());
                change.change(new ChangeDependencyStatusCommand(spell.dependency().id(), spell.status(), "benchmark"));
                clock.set(spell.to());
                change.change(new ChangeDependencyStatusCommand(spell.dependency().id(), Status.OPERATIONAL, "benchmark"));
                changes += 2;
            }
            var open = new OpenIncidentService(incidents, systems, quiet, transactions, clock);
            var resolve = new ResolveIncidentService(incidents, systems, quiet, transactions, clock);
            int incidentCount = 0;
            for (int day = 5; day < 89; day += 10) {
                Instant at = start.plus(Duration.ofDays(day)).plus(Duration.ofHours(9));
                clock.set(at);
                var incident = open.open(new OpenIncidentCommand("Benchmark incident " + day, Impact.MINOR,
                        Set.of(fleet.get(random.nextInt(fleet.size())).id()), "Something was slow.",
                        UpdateVisibility.PUBLIC, "benchmark", Optional.empty()));
                clock.set(at.plus(Duration.ofMinutes(30 + random.nextInt(60))));
                resolve.resolve(new ResolveIncidentCommand(incident.id(), "Fixed.", Optional.empty(), "benchmark"));
                incidentCount++;
            }

            clock.set(now);
            var tally = new TallyStatusDaysService(systems, dependencies, new JdbiStatusHistory(database),
                    new JdbiStatusTallies(database), windows, transactions, clock);
            while (tally.tallyClosedDays() > 0) {
                // one run tallies at most a few days: carry on until every closed day is tallied
            }

            var history = new JdbiCheckHistory(database);
            Instant from = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(25));
            int results = 0;
            List<CheckResult> batch = new ArrayList<>();
            for (Dependency d : all) {
                long base = 5 + d.id().value() % 60;
                for (Instant t = from; t.isBefore(now); t = t.plus(Duration.ofMinutes(10))) {
                    double hour = Duration.between(from, t).toMinutes() / 60.0;
                    long latency = Math.max(1, Math.round(base * (1 + 0.5 * Math.sin(hour / 4.0 + d.id().value()))
                            + random.nextInt(5)));
                    batch.add(CheckResult.up(d.id(), t, Duration.ofMillis(latency), Optional.of(200)));
                }
                if (batch.size() >= 5000) {
                    history.append(batch);
                    results += batch.size();
                    batch.clear();
                }
            }
            history.append(batch);
            results += batch.size();
            history.rollUpHours(now.truncatedTo(ChronoUnit.HOURS));
            return new Summary(changes, incidentCount, results);
        }
    }
}
