package dev.vigil.application.fakes;

import dev.vigil.application.port.out.Transactions;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs units of work one at a time, like the single SQLite writer, joining nested units. It does not roll back:
 * the fakes keep what was stored before a failure (the SQLite adapter's tests cover rollback).
 */
public final class InMemoryTransactions implements Transactions {
    private final ReentrantLock lock = new ReentrantLock();
    private int started;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() == 1) {
                started++;
            }
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** How many outermost units of work have run. */
    public int started() {
        return started;
    }
}
