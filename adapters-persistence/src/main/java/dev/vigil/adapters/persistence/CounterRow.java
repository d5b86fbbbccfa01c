package dev.vigil.adapters.persistence;

import dev.vigil.domain.counter.Counter;
import dev.vigil.domain.counter.CounterName;

/** A row of the {@code counters} table. */
public record CounterRow(String name, String label, long value, long createdAt, long updatedAt) {

    static CounterRow of(Counter c) {
        return new CounterRow(c.name().value(), c.label(), c.value(), Columns.millis(c.createdAt()),
                Columns.millis(c.updatedAt()));
    }

    Counter toDomain() {
        return Counter.restore(new CounterName(name), label, value, Columns.instant(createdAt), Columns.instant(updatedAt));
    }
}
