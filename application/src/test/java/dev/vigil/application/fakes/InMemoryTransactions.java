package dev.vigil.application.fakes;

import dev.vigil.application.port.out.Transactions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs units of work one at a time, like the single SQLite writer, joining nested units. It does not roll back:
 * the fakes keep what was stored before a failure (the SQLite adapter's tests cover rollback).
 */
public final class InMemoryTransactions implements Transactions {
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Runnable> afterCommit = new CopyOnWriteArrayList<>();
    private int started;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        boolean outermost = lock.getHoldCount() == 1;
        T result;
        try {
            if (outermost) {
                started++;
            }
            result = work.get();
        } finally {
            lock.unlock();
        }
        if (outermost) {
            afterCommit.forEach(Runnable::run);
        }
        return result;
    }

    /** How many outermost units of work have run. */
    public int started() {
        return started;
    }

    /** Runs {@code listener} after every outermost unit of work that completed (like a commit of the real adapter). */
    public void afterCommit(Runnable listener) {
        afterCommit.add(listener);
    }
}
