package dev.vigil.application.port.in.counter;

import dev.vigil.domain.counter.CounterName;

/** Takes a counter off the public page. */
public interface RemoveCounter {
    void remove(CounterName name);
}
