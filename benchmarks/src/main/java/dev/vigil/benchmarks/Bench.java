package dev.vigil.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import dev.vigil.adapters.persistence.JdbiCheckHistory;
import dev.vigil.adapters.persistence.JdbiChecks;
import dev.vigil.adapters.persistence.JdbiDependencies;
import dev.vigil.adapters.persistence.JdbiMaintenanceWindows;
import dev.vigil.adapters.persistence.JdbiStatusLog;
import dev.vigil.adapters.persistence.JdbiSystems;
import dev.vigil.adapters.persistence.JdbiTransactions;
import dev.vigil.adapters.persistence.SqliteDatabase;
import dev.vigil.adapters.probes.NetworkProbe;
import dev.vigil.adapters.probes.ProbeScheduler;
import dev.vigil.adapters.probes.Re2RegexSyntax;
import dev.vigil.adapters.probes.SchedulerStats;
import dev.vigil.application.port.in.check.CheckDefinition;
import dev.vigil.application.port.in.check.ConfigureCheckCommand;
import dev.vigil.application.port.in.check.HistoryRetention;
import dev.vigil.application.port.in.dependency.AddDependencyCommand;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.service.AddDependencyService;
import dev.vigil.application.service.CheckHeartbeatsService;
import dev.vigil.application.service.CompactCheckHistoryService;
import dev.vigil.application.service.ConfigureCheckService;
import dev.vigil.application.service.CreateSystemService;
import dev.vigil.application.service.ListScheduledChecksService;
import dev.vigil.application.service.RecordCheckResultsService;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.CheckThresholds;
import dev.vigil.domain.check.ExpectedStatus;
import dev.vigil.domain.check.HttpCheck;
import dev.vigil.domain.outbound.OutboundPolicy;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The benchmark suite of docs/benchmarks.md, one entry point for every figure: the public status surfaces under wrk
 * (bench/status-page.sh), the scheduler with many HTTP checks against a stub server in another process, result ingest
 * through the real use case into SQLite, the bytes a dependency's day of checks takes, analytics and SLA reports
 * (another JVM, {@link dev.vigil.benchmarks.analytics.AnalyticsBenchmark}), and the jar's start-up time and RSS.
 * {@code java -Xmx256m -cp … dev.vigil.benchmarks.Bench all|status-page|schedule-60|schedule-10|ingest|storage|analytics|startup};
 * {@code all} then writes docs/benchmarks.md from its template. {@code -Dbench.quick=true} makes every scenario small.
 */
public final class Bench {
    static final PrintStream OUT = System.out;
    private static final EventPublisher NO_EVENTS = event -> { };
    static final boolean QUICK = Boolean.getBoolean("bench.quick");
    /** The figures of this run, by the names the template of docs/benchmarks.md uses. */
    static final Map<String, String> FIGURES = new java.util.LinkedHashMap<>();

    private Bench() {
    }

    private static final List<String> SCENARIOS = List.of("status-page", "schedule-60", "schedule-10", "ingest",
            "storage", "analytics", "startup");

    public static void main(String[] args) throws Exception {
        String scenario = args.length == 0 ? "all" : args[0];
        OUT.printf(Locale.ROOT, "Vigil benchmark '%s'%s on %d cores, Java %s, max heap %d MiB%n", scenario,
                QUICK ? " (quick mode: small and short, the figures mean nothing)" : "",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        if (scenario.equals("all")) {
            Instant started = Instant.now();
            List<String> failed = new ArrayList<>();
            for (String one : SCENARIOS) {
                try {
                    run(one);
                } catch (Exception | Error e) {
                    OUT.println("!! " + one + " failed: " + e);
                    e.printStackTrace(OUT);
                    failed.add(one);
                }
            }
            Path doc = Path.of(System.getProperty("bench.doc", "docs/benchmarks.md"));
            Report.write(doc, FIGURES, started, Instant.now(), QUICK, failed);
            OUT.println("\nwrote " + doc);
            System.exit(failed.isEmpty() ? 0 : 1);
        }
        run(scenario);
        System.exit(0);
    }

    private static void run(String scenario) throws Exception {
        switch (scenario) {
            case "status-page" -> StatusPage.run(QUICK);
            case "schedule-60" -> schedule("schedule60", QUICK ? 500 : 10_000, QUICK ? 10 : 60, QUICK ? 10 : 120);
            case "schedule-10" -> schedule("schedule10", QUICK ? 200 : 2_000, 10, QUICK ? 10 : 60);
            case "ingest" -> ingestSimulatedDay(QUICK ? 100 : 1_000, 30);
            case "storage" -> Storage.run(QUICK ? 50 : 1_000);
            case "analytics" -> Analytics.run(QUICK);
            case "startup" -> Startup.run(QUICK ? 1 : 5);
            default -> throw new IllegalArgumentException("unknown scenario " + scenario + "; use all or one of "
                    + SCENARIOS);
        }
    }

    static String root() {
        return System.getProperty("bench.root", ".");
    }

    /** The core over a fresh database file. */
    record Core(SqliteDatabase database, JdbiSystems systems, JdbiDependencies dependencies, JdbiChecks checks,
                        JdbiCheckHistory history, JdbiStatusLog log, JdbiMaintenanceWindows windows,
                        JdbiTransactions transactions, Clock clock) {
        static Core open(Path file, Clock clock) {
            SqliteDatabase database = SqliteDatabase.open(file);
            return new Core(database, new JdbiSystems(database), new JdbiDependencies(database), new JdbiChecks(database),
                    new JdbiCheckHistory(database), new JdbiStatusLog(database), new JdbiMaintenanceWindows(database),
                    new JdbiTransactions(database), clock);
        }

        /** Registers {@code count} dependencies (100 per system) with an HTTP check each, through the use cases. */
        List<DependencyId> register(int count, int intervalSeconds, String baseUrl) {
            var createSystem = new CreateSystemService(systems, transactions, clock);
            var addDependency = new AddDependencyService(systems, dependencies, log, NO_EVENTS, windows, transactions,
                    clock);
            var configure = new ConfigureCheckService(systems, dependencies, checks, log, NO_EVENTS, windows, transactions,
                    new Re2RegexSyntax(), OutboundPolicy.DEFAULT, new SecureRandom(), clock);
            List<DependencyId> ids = new ArrayList<>(count);
            MonitoredSystem system = null;
            for (int i = 0; i < count; i++) {
                if (i % 100 == 0) {
                    system = createSystem.create(CreateSystemCommand.named("System " + (i / 100)));
                }
                DependencyId id = addDependency.add(new AddDependencyCommand(system.id(), "Dependency " + i, "",
                        i % 3 == 0 ? Criticality.MINOR : Criticality.CRITICAL)).id();
                HttpCheck check = new HttpCheck(URI.create(baseUrl + "/health/" + i), "GET", ExpectedStatus.DEFAULT,
                        Optional.empty(), Map.of(), "", Duration.ofSeconds(10), Duration.ofSeconds(intervalSeconds),
                        Optional.empty());
                configure.configure(new ConfigureCheckCommand(id, new CheckDefinition.RunByVigil(check), CheckThresholds.DEFAULT));
                ids.add(id);
            }
            return ids;
        }

        RecordCheckResultsService recorder() {
            return new RecordCheckResultsService(systems, dependencies, checks, history, log, NO_EVENTS, windows,
                    transactions, clock);
        }

        long count(String sql) {
            return database.read(h -> h.createQuery(sql).mapTo(Long.class).one());
        }
    }

    private static void schedule(String name, int count, int intervalSeconds, int measureSeconds) throws Exception {
        OUT.printf(Locale.ROOT, "%n== Scheduler: %,d HTTP checks every %d s (warm-up %d s, measured %d s) ==%n",
                count, intervalSeconds, intervalSeconds, measureSeconds);
        Process stub = startStub();
        Path folder = Files.createTempDirectory("vigil-bench");
        try {
            int port = stubPort(stub);
            Clock clock = Clock.systemUTC();
            Core core = Core.open(folder.resolve("bench.db"), clock);
            long t0 = System.nanoTime();
            core.register(count, intervalSeconds, "http://127.0.0.1:" + port);
            OUT.printf(Locale.ROOT, "registered %,d dependencies with checks through the use cases in %.1f s%n", count,
                    seconds(System.nanoTime() - t0));
            HistoryRetention retention = HistoryRetention.DEFAULT;
            try (NetworkProbe probe = new NetworkProbe(OutboundPolicy.DEFAULT, "bench", clock);
                 ProbeScheduler scheduler = new ProbeScheduler(new ListScheduledChecksService(core.checks()), probe,
                         core.recorder(), new CheckHeartbeatsService(core.systems(), core.dependencies(), core.checks(),
                         core.history(), core.log(), NO_EVENTS, core.windows(), core.transactions(), clock),
                         new CompactCheckHistoryService(core.history(), retention, clock), clock,
                         ProbeScheduler.Settings.DEFAULT, new SplittableRandom(1))) {
                scheduler.start();
                Thread.sleep(intervalSeconds * 1000L);
                scheduler.resetLag();
                SchedulerStats before = scheduler.stats();
                OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
                long cpu0 = os.getProcessCpuTime();
                long wall0 = System.nanoTime();
                long peakHeap = 0;
                for (int s = 0; s < measureSeconds; s++) {
                    Thread.sleep(1000);
                    peakHeap = Math.max(peakHeap, heapUsed());
                }
                double wall = seconds(System.nanoTime() - wall0);
                double cores = (os.getProcessCpuTime() - cpu0) / 1e9 / wall;
                SchedulerStats after = scheduler.stats();
                System.gc();
                long liveHeap = heapUsed();
                long runs = after.finished() - before.finished();
                long failures = core.count("SELECT COUNT(*) FROM check_results WHERE verdict <> 0");
                long stored = core.count("SELECT COUNT(*) FROM check_results");
                OUT.printf(Locale.ROOT, "runs finished in the measured window: %,d (%.0f/s; expected %.0f/s)%n", runs,
                        runs / wall, (double) count / intervalSeconds);
                OUT.printf(Locale.ROOT, "scheduling lag: p50 %d ms, p99 %d ms, max %d ms%n", after.lagP50Ms(),
                        after.lagP99Ms(), after.lagMaxMs());
                OUT.printf(Locale.ROOT, "false failures: %d of %,d stored results; results dropped %d, failed batches %d%n",
                        failures, stored, after.resultsDropped(), after.failedBatches());
                OUT.printf(Locale.ROOT, "skipped while still running: %d, spread out again after a pause: %d%n",
                        after.skippedWhileRunning(), after.respread());
                OUT.printf(Locale.ROOT, "CPU: %.2f cores on average; heap: peak %d MiB, %d MiB live after a full GC%n",
                        cores, peakHeap / (1024 * 1024), liveHeap / (1024 * 1024));
                FIGURES.put(name + ".setup", String.format(Locale.ROOT, "%,d checks every %d s, measured %d s",
                        count, intervalSeconds, measureSeconds));
                FIGURES.put(name + ".rate", String.format(Locale.ROOT, "%.0f runs/s (expected %.0f)", runs / wall,
                        (double) count / intervalSeconds));
                FIGURES.put(name + ".lag", String.format(Locale.ROOT, "p50 %d ms, **p99 %d ms**, max %d ms",
                        after.lagP50Ms(), after.lagP99Ms(), after.lagMaxMs()));
                FIGURES.put(name + ".false", String.format(Locale.ROOT, "%d of %,d results", failures, stored));
                FIGURES.put(name + ".cpu", String.format(Locale.ROOT, "%.2f cores", cores));
                FIGURES.put(name + ".heap", String.format(Locale.ROOT, "peak %d MiB, %d MiB live",
                        peakHeap / (1024 * 1024), liveHeap / (1024 * 1024)));
            }
            core.database().close();
        } finally {
            stub.destroy();
            deleteTree(folder);
        }
    }

    private static void ingestSimulatedDay(int count, int spacingSeconds) throws Exception {
        OUT.printf(Locale.ROOT, "%n== Ingest and storage: %,d dependencies checked every %d s for a simulated day ==%n",
                count, spacingSeconds);
        Path folder = Files.createTempDirectory("vigil-bench");
        try {
            Instant day = Instant.parse("2026-03-02T00:00:00Z");
            SettableClock clock = new SettableClock(day);
            Core core = Core.open(folder.resolve("bench.db"), clock);
            List<DependencyId> ids = core.register(count, spacingSeconds, "http://127.0.0.1:9");
            var recorder = core.recorder();
            int rounds = (int) (Duration.ofDays(1).toSeconds() / spacingSeconds);
            SyntheticResults results = new SyntheticResults(ids, day, Duration.ofSeconds(spacingSeconds), 0.005, 7);
            long rows = 0;
            long peakHeap = 0;
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuStarted = os.getProcessCpuTime();
            long started = System.nanoTime();
            List<CheckResult> batch = new ArrayList<>(2000);
            for (int round = 0; round < rounds; round++) {
                for (CheckResult r : results.round(round)) {
                    batch.add(r);
                    if (batch.size() == 2000) {
                        clock.set(r.at());
                        recorder.record(batch);
                        rows += batch.size();
                        batch = new ArrayList<>(2000);
                    }
                }
                if (round % 200 == 0) {
                    peakHeap = Math.max(peakHeap, heapUsed());
                }
            }
            if (!batch.isEmpty()) {
                recorder.record(batch);
                rows += batch.size();
            }
            double ingestSeconds = seconds(System.nanoTime() - started);
            double cpuSeconds = seconds(os.getProcessCpuTime() - cpuStarted);
            OUT.printf(Locale.ROOT, "ingest through RecordCheckResults (batches of 2000, check state and statuses "
                    + "included): %,d rows in %.1f s = %,.0f rows/s; %.1f CPU-seconds (%,.0f rows per CPU-second, "
                    + "%.2f cores); peak heap %d MiB%n", rows, ingestSeconds, rows / ingestSeconds, cpuSeconds,
                    rows / cpuSeconds, cpuSeconds / ingestSeconds, peakHeap / (1024 * 1024));
            FIGURES.put("ingest.setup", String.format(Locale.ROOT, "%,d dependencies every %d s for a day: %,d rows",
                    count, spacingSeconds, rows));
            FIGURES.put("ingest.rate", String.format(Locale.ROOT, "**%,.0f rows/s** (%,.0f rows per CPU-second, %.2f cores)",
                    rows / ingestSeconds, rows / cpuSeconds, cpuSeconds / ingestSeconds));

            List<CheckResult> extra = new SyntheticResults(ids, day.plus(Duration.ofDays(3)), Duration.ofSeconds(spacingSeconds),
                    0.005, 8).round(0);
            long appendStarted = System.nanoTime();
            int appended = 0;
            for (int i = 0; i < 100; i++) {
                List<CheckResult> shifted = new ArrayList<>(extra.size());
                for (CheckResult r : extra) {
                    shifted.add(new CheckResult(r.dependency(), r.at().plusSeconds(i * 30L), r.verdict(), r.latency(),
                            r.statusCode(), r.reason()));
                }
                core.history().append(shifted);
                appended += shifted.size();
            }
            double appendSeconds = seconds(System.nanoTime() - appendStarted);
            OUT.printf(Locale.ROOT, "raw appends alone (CheckHistory.append, %,d rows per transaction): %,.0f rows/s%n",
                    extra.size(), appended / appendSeconds);
            FIGURES.put("ingest.append", String.format(Locale.ROOT, "%,.0f rows/s", appended / appendSeconds));
            core.database().write(h -> h.execute("DELETE FROM check_results WHERE at >= ?",
                    day.plus(Duration.ofDays(3)).toEpochMilli()));

            clock.set(day.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(5)));
            long compactStarted = System.nanoTime();
            new CompactCheckHistoryService(core.history(), HistoryRetention.DEFAULT, clock).compact();
            OUT.printf(Locale.ROOT, "roll-up of the day into hourly and daily rows: %.1f s%n",
                    seconds(System.nanoTime() - compactStarted));
            storage(core, count);
            core.database().close();
        } finally {
            deleteTree(folder);
        }
    }

    static void storage(Core core, int count) {
        Map<String, Long> bytes = new TreeMap<>();
        try {
            core.database().read(h -> h.createQuery("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name")
                    .map((rs, ctx) -> bytes.put(rs.getString(1), rs.getLong(2))).list());
        } catch (RuntimeException e) {
            OUT.println("(this SQLite build has no dbstat table: " + e.getMessage() + ")");
        }
        OUT.println("| tier | table | rows per dependency per day | bytes per dependency per day |");
        OUT.println("|---|---|---:|---:|");
        for (String[] tier : new String[][] {{"raw results", "check_results"}, {"hourly roll-ups", "check_hourly"},
                {"daily roll-ups", "check_daily"}}) {
            long rows = core.count("SELECT COUNT(*) FROM " + tier[1]);
            long tableBytes = bytes.getOrDefault(tier[1], -1L);
            OUT.printf(Locale.ROOT, "| %s | %s | %,.1f | %s |%n", tier[0], tier[1], (double) rows / count,
                    tableBytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,.0f", (double) tableBytes / count));
        }
        OUT.printf(Locale.ROOT, "database file: %,d bytes in total (pages of 4 KiB, all tables)%n",
                bytes.values().stream().mapToLong(Long::longValue).sum());
    }

    static Process startStub() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                StubServer.class.getName()).redirectErrorStream(true).start();
    }

    static int stubPort(Process stub) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(stub.getInputStream(), StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null || !line.startsWith("port ")) {
            throw new IllegalStateException("the stub server did not start: " + line);
        }
        return Integer.parseInt(line.substring(5).strip());
    }

    static long heapUsed() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
