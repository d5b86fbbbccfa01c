package dev.vigil.adapters.web.page;

import dev.vigil.application.port.in.status.Audience;
import dev.vigil.application.port.in.status.ShowStatusOverview;
import java.time.Duration;
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
 * Holds the current public status snapshot and rebuilds it when told that something changed. Rebuilds are
 * coalesced: every change reported while a rebuild is pending joins it, so a burst of writes costs a handful of
 * rebuilds, not one each; a change reported during a rebuild schedules exactly one more. It also rebuilds at least
 * every {@code maxAge}, so {@code generated_at} stays recent and changes that come from the clock alone show up.
 * A failed rebuild keeps the previous snapshot.
 */
public final class StatusSnapshots implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StatusSnapshots.class);

    private final ShowStatusOverview overview;
    private final StatusPages pages;
    private final Duration coalesce;
    private final ScheduledExecutorService executor;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong versions = new AtomicLong();
    private final AtomicLong rebuilds = new AtomicLong();
    private volatile StatusSnapshot current;

    /** Builds the first snapshot at once (so no request ever waits for one), then keeps it current. */
    public StatusSnapshots(ShowStatusOverview overview, StatusPages pages, Duration coalesce, Duration maxAge) {
        if (coalesce.isNegative() || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("coalesce must not be negative and maxAge must be positive");
        }
        this.overview = overview;
        this.pages = pages;
        this.coalesce = coalesce;
        this.current = build(0);
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vigil-status-snapshot");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::markStale, maxAge.toMillis(), maxAge.toMillis(), TimeUnit.MILLISECONDS);
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
            try {
                executor.schedule(this::rebuild, coalesce.toMillis(), TimeUnit.MILLISECONDS);
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

    private void rebuild() {
        pending.set(false);
        long covered = requests.get();
        try {
            current = build(covered);
        } catch (RuntimeException e) {
            LOG.warn("could not rebuild the status snapshot; still serving version {}", current.version(), e);
        }
    }

    private StatusSnapshot build(long covered) {
        StatusSnapshot snapshot = pages.render(overview.show(Audience.PUBLIC), versions.incrementAndGet(), covered);
        rebuilds.incrementAndGet();
        return snapshot;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
