package dev.vigil.adapters.web;

import dev.vigil.adapters.web.counter.CounterController;
import java.util.Objects;

/** The controllers of the public status page, its counters and the admin UI (issue 5). */
public record PageControllers(CounterController counters) {
    public PageControllers {
        Objects.requireNonNull(counters, "counters");
    }
}
