package dev.vigil.application.port.in.counter;

import dev.vigil.domain.counter.Counter;

/** Pushes a public counter's latest value, creating the counter the first time. */
public interface SetCounter {
    Counter set(SetCounterCommand command);
}
