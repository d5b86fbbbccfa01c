package dev.vigil.application.port.in.check;

import dev.vigil.domain.check.ResultStats;
import dev.vigil.domain.system.Dependency;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A dependency's check results over a window: a summary and one point per bucket that has data. */
public record LatencyReport(Dependency dependency, LatencyPeriod period, Instant from, Instant to, ResultStats total,
                            List<Point> points) {
    public LatencyReport {
        Objects.requireNonNull(dependency, "dependency");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(total, "total");
        points = List.copyOf(points);
    }

    /** One bucket of the window. */
    public record Point(Instant start, ResultStats stats) {
        public Point {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(stats, "stats");
        }
    }
}
