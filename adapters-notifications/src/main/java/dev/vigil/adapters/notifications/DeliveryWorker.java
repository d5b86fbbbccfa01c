package dev.vigil.adapters.notifications;

import dev.vigil.application.port.in.webhook.AttemptDelivery;
import dev.vigil.application.port.in.webhook.ClaimDueDeliveries;
import dev.vigil.application.port.in.webhook.PruneDeliveries;
import dev.vigil.application.port.in.webhook.ReleaseDeliveryClaims;
import dev.vigil.domain.webhook.AttemptOutcome;
import dev.vigil.domain.webhook.DeliveryAttempt;
import dev.vigil.domain.webhook.DeliveryId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the outbox: every poll interval (and whenever a send ends) it claims as many due deliveries as it has free
 * senders and sends each on its own thread. At start it releases the claims a previous run left behind, so a crash
 * or restart loses nothing; every hour it prunes old finished deliveries. Stopping lets sends in flight finish for
 * a grace period, then interrupts them: an interrupted send records nothing and goes out again after the next start.
 */
public final class DeliveryWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

    /** How many sends run at once, how often the outbox is polled, how often it is pruned, how long stopping waits. */
    public record Settings(int senders, Duration pollInterval, Duration pruneInterval, Duration shutdownGrace) {
        public static final Settings DEFAULT = new Settings(4, Duration.ofSeconds(1), Duration.ofHours(1),
                Duration.ofSeconds(5));

        public Settings {
            if (senders < 1 || senders > 64) {
                throw new IllegalArgumentException("senders must be between 1 and 64");
            }
            Objects.requireNonNull(pollInterval, "pollInterval");
            Objects.requireNonNull(pruneInterval, "pruneInterval");
            Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        }
    }

    private final ClaimDueDeliveries claim;
    private final AttemptDelivery attempt;
    private final ReleaseDeliveryClaims release;
    private final PruneDeliveries prune;
    private final Settings settings;
    private final Semaphore free;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService senders;
    private volatile boolean stopping;

    public DeliveryWorker(ClaimDueDeliveries claim, AttemptDelivery attempt, ReleaseDeliveryClaims release,
                          PruneDeliveries prune, Settings settings) {
        this.claim = claim;
        this.attempt = attempt;
        this.release = release;
        this.prune = prune;
        this.settings = settings;
        this.free = new Semaphore(settings.senders());
        this.scheduler = Executors.newSingleThreadScheduledExecutor(threads("vigil-delivery-scheduler"));
        this.senders = Executors.newFixedThreadPool(settings.senders(), threads("vigil-delivery-sender"));
    }

    /** Releases claims left by an earlier run, then starts polling and pruning. */
    public void start() {
        int released = release.releaseAll();
        if (released > 0) {
            LOG.info("{} notification(s) were being sent when Vigil last stopped; sending them again", released);
        }
        long poll = settings.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::round, 0, poll, TimeUnit.MILLISECONDS);
        long pruneEvery = settings.pruneInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::pruneOld, pruneEvery, pruneEvery, TimeUnit.MILLISECONDS);
    }

    /** Looks for due deliveries now rather than at the next poll. */
    public void nudge() {
        if (stopping) {
            return;
        }
        try {
            scheduler.execute(this::round);
        } catch (RejectedExecutionException stopped) {
            // stopping: nothing more to do
        }
    }

    private void round() {
        if (stopping) {
            return;
        }
        try {
            List<DeliveryId> claimed = claim.claim(free.availablePermits());
            for (DeliveryId id : claimed) {
                free.acquireUninterruptibly();
                senders.execute(() -> send(id));
            }
        } catch (RejectedExecutionException stopped) {
            // stopping: the claims run out and the deliveries go out after the next start
        } catch (RuntimeException e) {
            LOG.warn("could not claim due notifications: {}", e.toString());
        }
    }

    private void send(DeliveryId id) {
        try {
            Optional<DeliveryAttempt> done = attempt.attempt(id);
            done.filter(a -> a.outcome() != AttemptOutcome.DELIVERED).ifPresent(a -> LOG.warn(
                    "notification delivery {} attempt {} {}: {}", id, a.number(), a.outcome().wireName(), a.error()));
        } catch (CancellationException e) {
            LOG.info("notification delivery {} was interrupted by the shutdown; it goes out again after the next start", id);
        } catch (RuntimeException e) {
            LOG.error("notification delivery {} failed unexpectedly; it is tried again when its claim runs out", id, e);
        } finally {
            free.release();
            nudge();
        }
    }

    private void pruneOld() {
        try {
            int pruned = prune.prune();
            if (pruned > 0) {
                LOG.info("pruned {} old notification deliveries", pruned);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not prune old notification deliveries: {}", e.toString());
        }
    }

    /** Stops claiming, lets sends in flight finish within the grace period, then interrupts what is left. */
    @Override
    public void close() {
        stopping = true;
        scheduler.shutdown();
        senders.shutdown();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
            if (!senders.awaitTermination(settings.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                senders.shutdownNow();
                if (!senders.awaitTermination(2, TimeUnit.SECONDS)) {
                    LOG.warn("notification senders did not stop; their deliveries go out again after the next start");
                }
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
