package dev.vigil.application.port.in.check;

import dev.vigil.domain.system.DependencyId;

/** Latency and results of a dependency's check over a window ending now. */
public interface ShowLatency {
    LatencyReport of(DependencyId dependency, LatencyPeriod period);
}
