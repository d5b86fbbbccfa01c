package dev.vigil.adapters.web.page;

import dev.vigil.application.port.in.status.Audience;
import dev.vigil.application.port.in.status.ShowStatusOverview;
import dev.vigil.application.port.in.status.ShowStatusTrends;
import dev.vigil.application.port.in.status.StatusOverview;
import dev.vigil.application.port.in.status.StatusTrends;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the current public status snapshot and rebuilds it when told that something changed.
 *
 * <p>Rebuilds are coalesced and their rate is bounded: the first report schedules a rebuild {@code coalesce} later (and
 * never sooner than {@code minInterval} after the previous rebuild began); every report until then joins it, and a
 * report during a rebuild schedules exactly one more. So check results committed four times a second cost at most one
 * rebuild per {@code minInterval}, while a lone change shows within {@code coalesce}. It also rebuilds at least every
 * {@code maxAge}, so {@code generated_at} stays recent and changes that come from the clock alone show up. A failed
 * rebuild keeps the previous snapshot.
 *
 * <p>The overview (states, checks, incidents, maintenance) is read at every rebuild. The trends (uptime per day,
 * hourly latency) change slowly and cost more to read, so they are read again only when older than
 * {@code trendsMaxAge} or when the UTC hour has turned since.
 */
public final class StatusSnapshots implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StatusSnapshots.class);

    /** How rebuilds are paced. */
    public record Settings(Duration coalesce, Duration minInterval, Duration maxAge, Duration trendsMaxAge) {
        public Settings {
            Objects.requireNonNull(coalesce, "coalesce");
            Objects.requireNonNull(minInterval, "minInterval");
            Objects.requireNonNull(maxAge, "maxAge");
            Objects.requireNonNull(trendsMaxAge, "trendsMaxAge");
            if (coalesce.isNegative() || minInterval.isNegative() || trendsMaxAge.isNegative()
                    || maxAge.isNegative() || maxAge.isZero()) {
                throw new IllegalArgumentException("snapshot intervals must not be negative and maxAge must be positive");
            }
        }
    }

    /** What rebuilding has cost so far. */
    public record Stats(long rebuilds, long reports, long trendReads, Duration building, Duration longest,
                        Duration readingTrends) {
    }

    private final ShowStatusOverview overview;
    private final ShowStatusTrends trends;
    private final StatusPages pages;
    private final Settings settings;
    private final ScheduledExecutorService executor;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong versions = new AtomicLong();
    private final AtomicLong rebuilds = new AtomicLong();
    private final AtomicLong trendReads = new AtomicLong();
    private final AtomicLong buildNanos = new AtomicLong();
    private final AtomicLong longestNanos = new AtomicLong();
    private final AtomicLong trendNanos = new AtomicLong();
    private volatile long lastStart = System.nanoTime();
    private volatile StatusSnapshot current;

    /** Builds the first snapshot at once (so no request ever waits for one), then keeps it current. */
    public StatusSnapshots(ShowStatusOverview overview, ShowStatusTrends trends, StatusPages pages, Settings settings) {
        this.overview = overview;
        this.trends = trends;
        this.pages = pages;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.current = build(0);
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vigil-status-snapshot");
            t.setDaemon(true);
            return t;
        });
        long maxAge = settings.maxAge().toMillis();
        executor.scheduleWithFixedDelay(this::markStale, maxAge, maxAge, TimeUnit.MILLISECONDS);
        if (LOG.isDebugEnabled()) {
            executor.scheduleWithFixedDelay(this::logStats, 60, 60, TimeUnit.SECONDS);
        }
    }

    /** The snapshot requests are served from. */
    public StatusSnapshot current() {
        return current;
    }

    /**
     * Something a page shows may have changed: rebuild soon, together with any other change reported meanwhile.
     * Returns a ticket that the snapshot built for this report will cover (see {@link StatusSnapshot#covers}).
     */
    public long markStale() {
        long ticket = requests.incrementAndGet();
        if (pending.compareAndSet(false, true)) {
            long sinceLast = System.nanoTime() - lastStart;
            long delay = Math.max(settings.coalesce().toNanos(), settings.minInterval().toNanos() - sinceLast);
            try {
                executor.schedule(this::rebuild, delay, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException stopped) {
                pending.set(false);
            }
        }
        return ticket;
    }

    /** Reports a change and waits until a snapshot built after it is served; false when none came in time. */
    public boolean awaitFresh(Duration timeout) {
        long ticket = markStale();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!current.covers(ticket)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
        return true;
    }

    /** How many snapshots have been built (the first included). */
    public long rebuilds() {
        return rebuilds.get();
    }

    /** What rebuilding has cost since the start. */
    public Stats stats() {
        return new Stats(rebuilds.get(), requests.get(), trendReads.get(), Duration.ofNanos(buildNanos.get()),
                Duration.ofNanos(longestNanos.get()), Duration.ofNanos(trendNanos.get()));
    }

    private Stats lastLogged = new Stats(0, 0, 0, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    /** With debug logging on, once a minute: what rebuilding cost in that minute (the benchmark reads this). */
    private void logStats() {
        Stats now = stats();
        Stats before = lastLogged;
        lastLogged = now;
        long builds = now.rebuilds() - before.rebuilds();
        LOG.debug("status snapshot: {} rebuilds for {} reports in the last minute, {} ms building ({} ms each on "
                        + "average, longest ever {} ms), {} trend reads taking {} ms", builds,
                now.reports() - before.reports(), now.building().minus(before.building()).toMillis(),
                builds == 0 ? 0 : now.building().minus(before.building()).toMillis() / builds,
                now.longest().toMillis(), now.trendReads() - before.trendReads(),
                now.readingTrends().minus(before.readingTrends()).toMillis());
    }

    private void rebuild() {
        pending.set(false);
        lastStart = System.nanoTime();
        long covered = requests.get();
        try {
            current = build(covered);
        } catch (RuntimeException e) {
            LOG.warn("could not rebuild the status snapshot; still serving version {}", current.version(), e);
        }
    }

    private StatusSnapshot build(long covered) {
        long started = System.nanoTime();
        StatusOverview now = overview.show(Audience.PUBLIC);
        StatusSnapshot snapshot = pages.render(now, trendsFor(now), versions.incrementAndGet(), covered);
        long took = System.nanoTime() - started;
        rebuilds.incrementAndGet();
        buildNanos.addAndGet(took);
        longestNanos.accumulateAndGet(took, Math::max);
        return snapshot;
    }

    /**
     * The trends of the current snapshot while they are recent enough and cover every system shown, else freshly
     * read.
     */
    private StatusTrends trendsFor(StatusOverview overview) {
        StatusSnapshot previous = current;
        Instant now = overview.generatedAt();
        if (previous != null) {
            StatusTrends trends = previous.trends();
            Instant read = trends.generatedAt();
            boolean sameHour = read.truncatedTo(ChronoUnit.HOURS).equals(now.truncatedTo(ChronoUnit.HOURS));
            boolean covers = overview.systems().stream().allMatch(l -> trends.days().containsKey(l.system().id()));
            if (sameHour && covers && !now.isBefore(read)
                    && Duration.between(read, now).compareTo(settings.trendsMaxAge()) < 0) {
                return trends;
            }
        }
        long started = System.nanoTime();
        StatusTrends fresh = trends.show(Audience.PUBLIC);
        trendNanos.addAndGet(System.nanoTime() - started);
        trendReads.incrementAndGet();
        return fresh;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
