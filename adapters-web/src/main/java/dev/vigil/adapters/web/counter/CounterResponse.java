package dev.vigil.adapters.web.counter;

import dev.vigil.domain.counter.Counter;
import java.time.Instant;

/** A public counter as the API shows it. */
public record CounterResponse(String name, String label, long value, Instant createdAt, Instant updatedAt) {

    public static CounterResponse of(Counter c) {
        return new CounterResponse(c.name().value(), c.label(), c.value(), c.createdAt(), c.updatedAt());
    }
}
