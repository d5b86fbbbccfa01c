package dev.vigil.application.port.in.counter;

import dev.vigil.domain.counter.CounterName;
import java.util.Objects;
import java.util.Optional;

/** A counter's new value and, optionally, a new label (without one, the label stays as it was). */
public record SetCounterCommand(CounterName name, long value, Optional<String> label) {
    public SetCounterCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
    }
}
