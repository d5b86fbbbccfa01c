package dev.vigil.application.service;

import dev.vigil.application.port.in.counter.SetCounter;
import dev.vigil.application.port.in.counter.SetCounterCommand;
import dev.vigil.application.port.out.Counters;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.counter.Counter;
import java.time.Clock;
import java.time.Instant;

/** Creates a counter the first time its name is pushed (while the page has room), then updates it. */
public final class SetCounterService implements SetCounter {
    private final Counters counters;
    private final Transactions transactions;
    private final Clock clock;

    public SetCounterService(Counters counters, Transactions transactions, Clock clock) {
        this.counters = counters;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Counter set(SetCounterCommand command) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Counter counter = counters.byName(command.name())
                    .map(existing -> existing.set(command.value(), command.label(), now))
                    .orElseGet(() -> {
                        Counter.requireRoomFor(command.name(), counters.count());
                        return Counter.create(command.name(), command.value(), command.label(), now);
                    });
            counters.save(counter);
            return counter;
        });
    }
}
