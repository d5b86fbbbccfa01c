package dev.vigil.application.port.out;

import dev.vigil.domain.counter.Counter;
import dev.vigil.domain.counter.CounterName;
import java.util.List;
import java.util.Optional;

/** Where the public counters are kept. */
public interface Counters {
    /** Stores a new counter or replaces the stored state of the one with the same name. */
    void save(Counter counter);

    Optional<Counter> byName(CounterName name);

    /** Every counter in the order they were first pushed (then by name). */
    List<Counter> all();

    int count();

    /** Removes a counter; returns false when there was none of that name. */
    boolean delete(CounterName name);
}
