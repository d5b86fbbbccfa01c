package dev.vigil.adapters.probes;

import dev.vigil.application.port.in.check.CheckHeartbeats;
import dev.vigil.application.port.in.check.CompactCheckHistory;
import dev.vigil.application.port.in.check.ListScheduledChecks;
import dev.vigil.application.port.in.check.RecordCheckResults;
import dev.vigil.application.port.out.Probe;
import dev.vigil.domain.check.CheckResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the checks: every tick it starts the runs that are due (at most a bounded number in flight; probes are
 * non-blocking, so a slow or hanging target holds one permit and no thread), hands results to the batch writer,
 * reloads the check list now and then, looks for missing heartbeats, and compacts the history.
 */
public final class ProbeScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProbeScheduler.class);

    /** How the scheduler paces itself. */
    public record Settings(Duration tick, Duration refresh, Duration heartbeatEvery, Duration compactEvery,
                           int maxConcurrent, Duration firstRunWithin, Duration flushEvery, int batchSize,
                           int queueCapacity) {
        public static final Settings DEFAULT = new Settings(Duration.ofMillis(50), Duration.ofSeconds(5),
                Duration.ofSeconds(5), Duration.ofMinutes(10), 512, Duration.ofSeconds(5), Duration.ofMillis(250),
                2000, 100_000);

        public Settings {
            Objects.requireNonNull(tick, "tick");
            Objects.requireNonNull(refresh, "refresh");
            Objects.requireNonNull(heartbeatEvery, "heartbeatEvery");
            Objects.requireNonNull(compactEvery, "compactEvery");
            Objects.requireNonNull(firstRunWithin, "firstRunWithin");
            Objects.requireNonNull(flushEvery, "flushEvery");
            if (maxConcurrent < 1 || batchSize < 1 || queueCapacity < batchSize) {
                throw new IllegalArgumentException("scheduler limits must be positive");
            }
        }
    }

    private final ListScheduledChecks checks;
    private final Probe probe;
    private final CheckHeartbeats heartbeats;
    private final CompactCheckHistory compaction;
    private final Clock clock;
    private final Settings settings;
    private final Schedule schedule;
    private final Semaphore permits;
    private final ResultWriter writer;
    private final LagRecorder lag = new LagRecorder();
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong finished = new AtomicLong();
    private ScheduledExecutorService ticker;
    private ScheduledExecutorService maintenance;

    public ProbeScheduler(ListScheduledChecks checks, Probe probe, RecordCheckResults record, CheckHeartbeats heartbeats,
                          CompactCheckHistory compaction, Clock clock, Settings settings, RandomGenerator random) {
        this.checks = checks;
        this.probe = probe;
        this.heartbeats = heartbeats;
        this.compaction = compaction;
        this.clock = clock;
        this.settings = settings;
        this.schedule = new Schedule(random, settings.firstRunWithin());
        this.permits = new Semaphore(settings.maxConcurrent());
        this.writer = new ResultWriter(record, settings.queueCapacity(), settings.batchSize(), settings.flushEvery());
    }

    /** Loads the checks (spreading first runs over each interval) and starts the background work. */
    public void start() {
        schedule.sync(checks.all(), clock.instant(), true);
        writer.start();
        ticker = Executors.newSingleThreadScheduledExecutor(NetworkProbe.daemon("vigil-scheduler-"));
        maintenance = Executors.newSingleThreadScheduledExecutor(NetworkProbe.daemon("vigil-maintenance-"));
        long tick = settings.tick().toMillis();
        ticker.scheduleWithFixedDelay(guarded("tick", this::tick), tick, tick, TimeUnit.MILLISECONDS);
        ticker.scheduleWithFixedDelay(guarded("refresh", this::refresh), settings.refresh().toMillis(),
                settings.refresh().toMillis(), TimeUnit.MILLISECONDS);
        maintenance.scheduleWithFixedDelay(guarded("heartbeats", heartbeats::checkOverdue),
                settings.heartbeatEvery().toMillis(), settings.heartbeatEvery().toMillis(), TimeUnit.MILLISECONDS);
        maintenance.scheduleWithFixedDelay(guarded("compaction", compaction::compact), 60_000,
                settings.compactEvery().toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("scheduler runs {} checks", schedule.size());
    }

    /** Starts the runs due now. */
    void tick() {
        Instant now = clock.instant();
        List<Schedule.Due> due = schedule.due(now, permits.availablePermits());
        for (Schedule.Due run : due) {
            permits.acquireUninterruptibly();
            lag.record(Duration.between(run.planned(), now).toMillis());
            started.incrementAndGet();
            CompletableFuture<CheckResult> result;
            try {
                result = probe.run(run.dependency(), run.spec());
            } catch (RuntimeException e) {
                LOG.error("probe of dependency {} failed to start", run.dependency(), e);
                done(run);
                continue;
            }
            result.whenComplete((r, error) -> {
                if (r != null) {
                    writer.offer(r);
                } else {
                    LOG.error("probe of dependency {} failed", run.dependency(), error);
                }
                done(run);
            });
        }
    }

    private void done(Schedule.Due run) {
        schedule.finished(run.dependency());
        finished.incrementAndGet();
        permits.release();
    }

    /** Reloads the list of checks: new ones start within a few seconds, removed ones stop. */
    void refresh() {
        schedule.sync(checks.all(), clock.instant(), false);
    }

    /** Writes the results collected so far (tests and shutdown). */
    int flush() {
        return writer.flush();
    }

    Schedule schedule() {
        return schedule;
    }

    public SchedulerStats stats() {
        return new SchedulerStats(schedule.size(), started.get(), finished.get(), started.get() - finished.get(),
                schedule.skippedWhileRunning(), schedule.respread(), lag.percentile(0.50), lag.percentile(0.99),
                lag.max(), writer.written(), writer.dropped(), writer.failedBatches(), writer.queued());
    }

    /** Forgets the lag measured so far (a benchmark discards its warm-up this way). */
    public void resetLag() {
        lag.reset();
    }

    private Runnable guarded(String what, Runnable work) {
        return () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("scheduler {} failed", what, e);
            }
        };
    }

    /** Stops starting runs, gives those in flight a moment, and writes every result collected. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            maintenance.shutdownNow();
            try {
                ticker.awaitTermination(5, TimeUnit.SECONDS);
                maintenance.awaitTermination(5, TimeUnit.SECONDS);
                if (permits.tryAcquire(settings.maxConcurrent(), 2, TimeUnit.SECONDS)) {
                    permits.release(settings.maxConcurrent());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        writer.stop();
    }
}
