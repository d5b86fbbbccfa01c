package dev.vigil.bootstrap.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs periodic work (use cases) on one background thread: each job right after start, then again a fixed delay
 * after it finished. A job that fails is logged and runs again next time. Closing waits for a running job to finish.
 */
public final class BackgroundJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJobs.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    /** A piece of periodic work: its name (for the log), how long to wait between runs, and the work. */
    public record Job(String name, Duration every, Runnable work) {
        public Job {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(work, "work");
            if (every.isNegative() || every.isZero()) {
                throw new IllegalArgumentException("a job's interval must be positive");
            }
        }
    }

    private final List<Job> jobs;
    private final ScheduledExecutorService executor;

    public BackgroundJobs(List<Job> jobs) {
        this.jobs = List.copyOf(jobs);
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "vigil-jobs");
            thread.setDaemon(true);
            return thread;
        });
    }

    public void start() {
        for (Job job : jobs) {
            executor.scheduleWithFixedDelay(() -> run(job), 0, job.every().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static void run(Job job) {
        try {
            job.work().run();
        } catch (RuntimeException e) {
            LOG.warn("background job '{}' failed; it runs again in {}", job.name(), job.every(), e);
        }
    }

    /** Stops scheduling, lets a job in progress finish (up to 30 s), then returns. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("background jobs did not stop within {}; interrupting them", STOP_WAIT);
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
