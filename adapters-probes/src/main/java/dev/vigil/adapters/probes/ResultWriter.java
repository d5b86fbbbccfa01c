package dev.vigil.adapters.probes;

import dev.vigil.application.port.in.check.RecordCheckResults;
import dev.vigil.domain.check.CheckResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects results from every probe and hands them to {@link RecordCheckResults} in batches from one thread: one
 * transaction per batch, however many probes finish at once. The queue is bounded; results beyond it are dropped
 * and counted (the database is then far behind, and the log says so).
 */
final class ResultWriter {
    private static final Logger LOG = LoggerFactory.getLogger(ResultWriter.class);

    private final RecordCheckResults record;
    private final BlockingQueue<CheckResult> queue;
    private final int batchSize;
    private final Duration flushEvery;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failedBatches = new AtomicLong();
    private volatile boolean running;
    private Thread thread;

    ResultWriter(RecordCheckResults record, int capacity, int batchSize, Duration flushEvery) {
        this.record = record;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.flushEvery = flushEvery;
    }

    void offer(CheckResult result) {
        if (!queue.offer(result) && dropped.incrementAndGet() % 1000 == 1) {
            LOG.warn("check results queue is full: {} results dropped so far", dropped.get());
        }
    }

    void start() {
        running = true;
        thread = new Thread(this::loop, "vigil-result-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the thread after writing what is queued. */
    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
    }

    /** Writes everything queued now, in batches; returns how many results were written. */
    int flush() {
        int total = 0;
        List<CheckResult> batch = new ArrayList<>(batchSize);
        while (queue.drainTo(batch, batchSize) > 0) {
            total += write(batch);
            batch.clear();
        }
        return total;
    }

    private void loop() {
        List<CheckResult> batch = new ArrayList<>(batchSize);
        while (running) {
            try {
                CheckResult first = queue.poll(flushEvery.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                write(batch);
                batch.clear();
            } catch (InterruptedException e) {
                if (!running) {
                    break;
                }
            }
        }
        if (!batch.isEmpty()) {
            write(batch);
        }
    }

    private int write(List<CheckResult> batch) {
        try {
            record.record(List.copyOf(batch));
            written.addAndGet(batch.size());
            return batch.size();
        } catch (RuntimeException e) {
            failedBatches.incrementAndGet();
            LOG.error("could not record {} check results", batch.size(), e);
            return 0;
        }
    }

    long written() {
        return written.get();
    }

    long dropped() {
        return dropped.get();
    }

    long failedBatches() {
        return failedBatches.get();
    }

    int queued() {
        return queue.size();
    }
}
