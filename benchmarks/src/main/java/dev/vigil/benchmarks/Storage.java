package dev.vigil.benchmarks;

import dev.vigil.application.port.in.check.HistoryRetention;
import dev.vigil.application.service.CompactCheckHistoryService;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.system.DependencyId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Database bytes per dependency per day: registers {@code count} dependencies with the default 60 s interval, closes
 * the database (which checkpoints the WAL into the file) and notes its size, then records a simulated day of results
 * through the real use case, rolls the day up as the compaction job does, closes again and divides the growth.
 */
final class Storage {
    private static final int INTERVAL = 60;

    private Storage() {
    }

    static void run(int count) throws Exception {
        Bench.OUT.printf(Locale.ROOT, "%n== Storage: %,d dependencies at the default %d s interval for a simulated day ==%n",
                count, INTERVAL);
        Path folder = Files.createTempDirectory("vigil-bench-storage");
        try {
            Path file = folder.resolve("storage.db");
            Instant day = Instant.parse("2026-03-02T00:00:00Z");
            SettableClock clock = new SettableClock(day);
            Bench.Core core = Bench.Core.open(file, clock);
            List<DependencyId> ids = core.register(count, INTERVAL, "http://127.0.0.1:9");
            core.database().close();
            long before = Files.size(file);

            core = Bench.Core.open(file, clock);
            var recorder = core.recorder();
            int rounds = (int) (Duration.ofDays(1).toSeconds() / INTERVAL);
            SyntheticResults results = new SyntheticResults(ids, day, Duration.ofSeconds(INTERVAL), 0.005, 11);
            List<CheckResult> batch = new ArrayList<>(2000);
            long rows = 0;
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
            }
            if (!batch.isEmpty()) {
                recorder.record(batch);
                rows += batch.size();
            }
            clock.set(day.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(5)));
            new CompactCheckHistoryService(core.history(), HistoryRetention.DEFAULT, clock).compact();
            Bench.storage(core, count);
            core.database().close();
            long after = Files.size(file);
            double perDependency = (double) (after - before) / count;
            Bench.OUT.printf(Locale.ROOT, "%,d results; file %,d bytes before the day and %,d after (WAL checkpointed): "
                    + "%,.0f bytes per dependency per day%n", rows, before, after, perDependency);
            Bench.FIGURES.put("storage.setup", String.format(Locale.ROOT,
                    "%,d dependencies, one result a minute for a day (%,d rows), rolled up, WAL checkpointed", count, rows));
            Bench.FIGURES.put("storage.bytes", String.format(Locale.ROOT, "**%,.0f bytes**", perDependency));
        } finally {
            Bench.deleteTree(folder);
        }
    }
}
