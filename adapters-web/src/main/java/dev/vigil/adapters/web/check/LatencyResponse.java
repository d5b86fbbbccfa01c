package dev.vigil.adapters.web.check;

import dev.vigil.application.port.in.check.LatencyReport;
import dev.vigil.domain.check.ResultStats;
import java.time.Instant;
import java.util.List;

/**
 * A dependency's check latency over a window (field names as the predecessor's): latency figures cover results that
 * did not fail; percentiles come from fixed histogram buckets. An empty window answers zeros.
 */
public record LatencyResponse(long dependencyId, String dependencyName, String period, Instant from, Instant to,
                              double avgLatencyMs, long minLatencyMs, long maxLatencyMs, long p50LatencyMs,
                              long p95LatencyMs, long p99LatencyMs, long totalChecks, long failedChecks,
                              long degradedChecks, double uptimePercent, List<DataPoint> dataPoints) {

    /** One bucket of the window. */
    public record DataPoint(Instant timestamp, double avgMs, long minMs, long maxMs, long count, long failures) {
    }

    public static LatencyResponse of(LatencyReport r) {
        ResultStats t = r.total();
        return new LatencyResponse(r.dependency().id().value(), r.dependency().name(), r.period().wireName(), r.from(),
                r.to(), round(t.averageLatency()), t.latencyMin(), t.latencyMax(), t.percentile(0.50),
                t.percentile(0.95), t.percentile(0.99), t.count(), t.failures(), t.degraded(), round(t.uptimePercent()),
                r.points().stream().map(p -> new DataPoint(p.start(), round(p.stats().averageLatency()),
                        p.stats().latencyMin(), p.stats().latencyMax(), p.stats().count(), p.stats().failures())).toList());
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
