package dev.vigil.domain.sla;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What a list of reports shows of each: its header and overall figures, without its lines. */
public record SlaReportSummary(SlaReportId id, String title, Optional<SlaPeriod> period, PeriodWindow window,
                               Instant generatedAt, String generatedBy, double overallUptime,
                               double overallAvailability, long systems, long systemsMeetingSla,
                               long systemsBreachingSla) {
    public SlaReportSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(generatedBy, "generatedBy");
    }

    public static SlaReportSummary of(SlaReport report) {
        var overall = report.overall();
        return new SlaReportSummary(report.id(), report.title(), report.period(), report.window(),
                report.generatedAt(), report.generatedBy(), overall.uptimePercent(), overall.availabilityPercent(),
                report.systemLines().size(), report.systemsMeetingSla(), report.systemsBreachingSla());
    }
}
