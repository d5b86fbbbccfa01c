package dev.vigil.benchmarks.analytics;

import dev.vigil.adapters.persistence.JdbiDependencies;
import dev.vigil.adapters.persistence.JdbiIncidents;
import dev.vigil.adapters.persistence.JdbiMaintenanceWindows;
import dev.vigil.adapters.persistence.JdbiSlaReports;
import dev.vigil.adapters.persistence.JdbiStatusHistory;
import dev.vigil.adapters.persistence.JdbiStatusTallies;
import dev.vigil.adapters.persistence.JdbiSystems;
import dev.vigil.adapters.persistence.JdbiTransactions;
import dev.vigil.adapters.persistence.SqliteDatabase;
import dev.vigil.application.port.in.analytics.AnalyticsQuery;
import dev.vigil.application.port.in.analytics.OverallAnalytics;
import dev.vigil.application.port.in.sla.CreateSlaReportCommand;
import dev.vigil.application.service.CreateSlaReportService;
import dev.vigil.application.service.ShowOverallAnalyticsService;
import dev.vigil.application.service.TallyStatusDaysService;
import dev.vigil.bootstrap.AppConfig;
import dev.vigil.bootstrap.VigilApp;
import dev.vigil.domain.sla.SlaReport;
import dev.vigil.domain.uptime.RollingPeriod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Times analytics over 90 days and a one-year SLA report for a generated fleet (by default 200 systems with 1,000
 * dependencies and a year of status history), at the use cases and through the HTTP API of the real application.
 * Prints a Markdown table and writes it to {@code target/benchmarks/analytics.md}.
 */
public final class AnalyticsBenchmark {
    private static final String KEY = "benchmark-admin-key-0123456789";
    private static final int WARMUPS = 5;
    /** Medians and p90s by short name, for the suite's docs/benchmarks.md ({@code -Dbenchmark.figures=file}). */
    private static final java.util.Properties FIGURES = new java.util.Properties();

    private AnalyticsBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        var settings = new HistoryGenerator.Settings(intSetting("benchmark.systems", 200),
                intSetting("benchmark.dependenciesPerSystem", 5), intSetting("benchmark.days", 366),
                Double.parseDouble(System.getProperty("benchmark.failuresPerDependencyPerDay", "1.0")),
                Long.parseLong(System.getProperty("benchmark.seed", "42")));
        int runs = intSetting("benchmark.runs", 20);
        Path out = Path.of(System.getProperty("benchmark.out", "target/benchmarks"));
        Files.createDirectories(out);
        Path file = out.resolve("analytics.db");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        List<String> report = new ArrayList<>();

        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            long t0 = System.nanoTime();
            var generated = new HistoryGenerator(database, settings).generate(now);
            long generatedMs = (System.nanoTime() - t0) / 1_000_000;
            FIGURES.setProperty("analytics.scale", String.format(Locale.ROOT, "%d systems, %d dependencies, %d days",
                    generated.systems(), generated.dependencies(), settings.days()));
            var systems = new JdbiSystems(database);
            var dependencies = new JdbiDependencies(database);
            var history = new JdbiStatusHistory(database);
            var tallies = new JdbiStatusTallies(database);
            var windows = new JdbiMaintenanceWindows(database);
            var transactions = new JdbiTransactions(database);
            var tally = new TallyStatusDaysService(systems, dependencies, history, tallies, windows, transactions,
                    clock);
            long t1 = System.nanoTime();
            int days = 0;
            for (int n = tally.tallyClosedDays(); n > 0; n = tally.tallyClosedDays()) {
                days += n;
            }
            long talliedMs = (System.nanoTime() - t1) / 1_000_000;
            report.add(String.format(Locale.ROOT, "Fleet: %d systems, %d dependencies, %d days of history: %d "
                    + "dependency and %d system status changes, %d maintenance windows (generated in %.1f s, seed %d).",
                    generated.systems(), generated.dependencies(), settings.days(), generated.dependencyChanges(),
                    generated.systemChanges(), generated.windows(), generatedMs / 1000.0, settings.seed()));
            report.add(String.format(Locale.ROOT, "Tallying %d closed days took %.1f s (the job does this once per "
                    + "day as days close). Database: %.0f MB.", days, talliedMs / 1000.0,
                    Files.size(file) / 1_048_576.0));
            report.add("");
            report.add("| what | budget | median | p90 | max | runs |");
            report.add("|---|---|---|---|---|---|");

            var overall = new ShowOverallAnalyticsService(systems, dependencies, history, tallies, windows,
                    new JdbiIncidents(database), clock);
            var slaReport = new CreateSlaReportService(systems, dependencies, history, tallies, windows,
                    new JdbiSlaReports(database), transactions, clock);
            for (RollingPeriod period : List.of(RollingPeriod.LAST_24H, RollingPeriod.LAST_30D, RollingPeriod.LAST_90D)) {
                report.add(row("analytics." + period.wireName(), "use case: analytics, " + period.wireName() + ", every system and dependency",
                        period == RollingPeriod.LAST_90D ? "200 ms" : "", runs,
                        () -> check(overall.show(AnalyticsQuery.of(period)), generated)));
            }
            report.add(row("sla.usecase", "use case: SLA report over 365 days, stored", "1 s", runs,
                    () -> check(slaReport.create(new CreateSlaReportCommand(Optional.of("Benchmark"), Optional.empty(),
                            Optional.of(now.minus(Duration.ofDays(365))), Optional.of(now), "benchmark")), generated)));
        }

        AppConfig config = new AppConfig("127.0.0.1", 0, file, Optional.of(KEY), AppConfig.DEFAULT_MAX_BODY);
        try (VigilApp app = VigilApp.start(config, line -> { }, Clock.systemUTC())) {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + app.port();
            report.add(row("analytics.http", "HTTP: GET /api/analytics?period=90d", "200 ms", runs, () -> send(client,
                    HttpRequest.newBuilder(URI.create(base + "/api/analytics?period=90d")).GET())));
            Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String body = "{\"title\":\"Benchmark\",\"from\":\"" + to.minus(Duration.ofDays(365)) + "\",\"to\":\""
                    + to + "\"}";
            report.add(row("sla.http", "HTTP: POST /api/sla/reports (365 days)", "1 s", runs, () -> send(client,
                    HttpRequest.newBuilder(URI.create(base + "/api/sla/reports"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)))));
        }
        report.add("");
        report.add(String.format(Locale.ROOT, "Java %s, %d processors, max heap %d MB.",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1_048_576));
        String text = String.join("\n", report) + "\n";
        FIGURES.setProperty("analytics.fleet", report.get(0));
        String figures = System.getProperty("benchmark.figures");
        if (figures != null) {
            try (var writer = Files.newBufferedWriter(Path.of(figures))) {
                FIGURES.store(writer, "analytics benchmark");
            }
        }
        Files.writeString(out.resolve("analytics.md"), text);
        System.out.print(text);
    }

    private static Object check(OverallAnalytics analytics, HistoryGenerator.Generated generated) {
        if (analytics.systems().size() != generated.systems()) {
            throw new IllegalStateException("analytics covered " + analytics.systems().size() + " systems");
        }
        return analytics;
    }

    private static Object check(SlaReport report, HistoryGenerator.Generated generated) {
        if (report.lines().size() != generated.systems() + generated.dependencies()) {
            throw new IllegalStateException("the report has " + report.lines().size() + " rows");
        }
        return report;
    }

    private static Object send(HttpClient client, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.header("Authorization", "Bearer " + KEY).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            return response.body().length();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code work} a few times to warm up, then {@code runs} times timed; a table row of the timings. */
    private static String row(String key, String what, String budget, int runs, Supplier<Object> work) {
        for (int i = 0; i < WARMUPS; i++) {
            work.get();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            micros.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(micros);
        FIGURES.setProperty(key, String.format(Locale.ROOT, "median %s, p90 %s", ms(micros.get(micros.size() / 2)),
                ms(micros.get((int) Math.ceil(micros.size() * 0.9) - 1))));
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %d |", what, budget,
                ms(micros.get(micros.size() / 2)), ms(micros.get((int) Math.ceil(micros.size() * 0.9) - 1)),
                ms(micros.get(micros.size() - 1)), runs);
    }

    private static String ms(long micros) {
        return String.format(Locale.ROOT, "%.0f ms", micros / 1000.0);
    }

    private static int intSetting(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, Integer.toString(fallback)));
    }
}
