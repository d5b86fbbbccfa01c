package dev.vigil.application.port.in.counter;

import dev.vigil.domain.counter.Counter;
import java.util.List;

/** Every counter, in the order they were first pushed. */
public interface ListCounters {
    List<Counter> list();
}
