package dev.vigil.application.port.in.counter;

import dev.vigil.application.port.in.EntityNotFound;
import dev.vigil.domain.counter.CounterName;

/** No counter has this name. */
public final class UnknownCounter extends EntityNotFound {
    private static final long serialVersionUID = 1L;

    public UnknownCounter(CounterName name) {
        super("counter '" + name + "' not found");
    }
}
