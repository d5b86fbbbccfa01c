package dev.vigil.application.service;

import dev.vigil.application.port.in.counter.ListCounters;
import dev.vigil.application.port.out.Counters;
import dev.vigil.domain.counter.Counter;
import java.util.List;

/** Reads every counter. */
public final class ListCountersService implements ListCounters {
    private final Counters counters;

    public ListCountersService(Counters counters) {
        this.counters = counters;
    }

    @Override
    public List<Counter> list() {
        return counters.all();
    }
}
