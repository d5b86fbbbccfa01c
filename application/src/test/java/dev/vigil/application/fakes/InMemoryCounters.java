package dev.vigil.application.fakes;

import dev.vigil.application.port.out.Counters;
import dev.vigil.domain.counter.Counter;
import dev.vigil.domain.counter.CounterName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Counters in a map. */
public final class InMemoryCounters implements Counters {
    private final Map<CounterName, Counter> counters = new HashMap<>();

    @Override
    public synchronized void save(Counter counter) {
        counters.put(counter.name(), counter);
    }

    @Override
    public synchronized Optional<Counter> byName(CounterName name) {
        return Optional.ofNullable(counters.get(name));
    }

    @Override
    public synchronized List<Counter> all() {
        return counters.values().stream().sorted(Counter.IN_ORDER_CREATED).toList();
    }

    @Override
    public synchronized int count() {
        return counters.size();
    }

    /** Forgets every counter (a restore). */
    public synchronized void clear() {
        counters.clear();
    }

    @Override
    public synchronized boolean delete(CounterName name) {
        return counters.remove(name) != null;
    }
}
