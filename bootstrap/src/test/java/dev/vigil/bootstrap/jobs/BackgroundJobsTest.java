package dev.vigil.bootstrap.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundJobsTest {
    private static void waitFor(AtomicInteger counter, int atLeast) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (counter.get() < atLeast && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
    }

    @Test
    void aFailingJob_runsAgain_andOtherJobsKeepRunning() throws InterruptedException {
        AtomicInteger failing = new AtomicInteger();
        AtomicInteger steady = new AtomicInteger();
        BackgroundJobs jobs = new BackgroundJobs(List.of(
                new BackgroundJobs.Job("failing", Duration.ofMillis(5), () -> {
                    failing.incrementAndGet();
                    throw new IllegalStateException("boom");
                }),
                new BackgroundJobs.Job("steady", Duration.ofMillis(5), steady::incrementAndGet)));

        jobs.start();
        waitFor(failing, 3);
        waitFor(steady, 3);
        jobs.close();

        assertThat(failing.get()).isGreaterThanOrEqualTo(3);
        assertThat(steady.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void close_waitsForTheRunningJob_andNothingRunsAfterwards() throws InterruptedException {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        BackgroundJobs jobs = new BackgroundJobs(List.of(new BackgroundJobs.Job("slow", Duration.ofMillis(1), () -> {
            started.incrementAndGet();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.incrementAndGet();
        })));
        jobs.start();
        waitFor(started, 1);

        jobs.close();
        int afterClose = started.get();
        Thread.sleep(100);

        assertThat(finished.get()).isEqualTo(started.get());
        assertThat(started.get()).isEqualTo(afterClose);
    }

    @Test
    void anIntervalMustBePositive() {
        assertThatThrownBy(() -> new BackgroundJobs.Job("x", Duration.ZERO, () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
