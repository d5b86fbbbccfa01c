package dev.vigil.bootstrap;

import dev.vigil.application.port.out.Transactions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The application's transactions, telling listeners after every committed outermost unit of work. This is how the
 * public status snapshot learns that something it shows may have changed: every write of every use case goes through
 * here, including those that publish no event (renames, counters).
 */
final class CommitListeningTransactions implements Transactions {
    private final Transactions delegate;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    CommitListeningTransactions(Transactions delegate) {
        this.delegate = delegate;
    }

    void afterCommit(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        int level = depth.get();
        depth.set(level + 1);
        T result;
        try {
            result = delegate.inTransaction(work);
        } finally {
            depth.set(level);
        }
        if (level == 0) {
            listeners.forEach(Runnable::run);
        }
        return result;
    }
}
