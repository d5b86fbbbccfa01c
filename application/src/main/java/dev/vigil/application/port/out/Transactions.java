package dev.vigil.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically: everything the work stores through the other ports is kept together or not at
 * all. A unit started inside another joins it.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
