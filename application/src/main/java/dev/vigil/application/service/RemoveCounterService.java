package dev.vigil.application.service;

import dev.vigil.application.port.in.counter.RemoveCounter;
import dev.vigil.application.port.in.counter.UnknownCounter;
import dev.vigil.application.port.out.Counters;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.counter.CounterName;

/** Deletes a counter; an unknown name is reported, not ignored. */
public final class RemoveCounterService implements RemoveCounter {
    private final Counters counters;
    private final Transactions transactions;

    public RemoveCounterService(Counters counters, Transactions transactions) {
        this.counters = counters;
        this.transactions = transactions;
    }

    @Override
    public void remove(CounterName name) {
        transactions.run(() -> {
            if (!counters.delete(name)) {
                throw new UnknownCounter(name);
            }
        });
    }
}
