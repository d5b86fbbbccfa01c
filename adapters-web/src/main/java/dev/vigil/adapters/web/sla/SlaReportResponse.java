package dev.vigil.adapters.web.sla;

import dev.vigil.domain.sla.SlaAssessment;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.sla.SlaReport;
import dev.vigil.domain.sla.SlaReportLine;
import dev.vigil.domain.sla.SlaReportSummary;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.uptime.UptimeFigures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stored SLA report: its header, its overall figures (pooled over systems) and, when shown whole, its rows: each
 * system (assessed against its target) followed by its dependencies (figures only). Durations in seconds.
 */
public record SlaReportResponse(long id, String title, String period, Instant periodStart, Instant periodEnd,
                                Instant periodEndsAt, Instant generatedAt, String generatedBy, double overallUptime,
                                double overallAvailability, long totalSystems, long systemsMeetingSla,
                                long systemsBreachingSla, List<ReportLine> rows) {

    /** One row of a report. */
    public record ReportLine(String kind, long systemId, Long dependencyId, String name, Double slaTarget,
                      double availabilityPercent, double uptimePercent, Boolean met, String summary,
                      Double errorBudgetSeconds, Double budgetSpentSeconds, Double budgetRemainingSeconds,
                      Double burnRate, double countedSeconds, double downtimeSeconds, double unavailableSeconds,
                      double maintenanceSeconds, long outages, double longestOutageSeconds, Double mttrSeconds) {

        static ReportLine of(SlaReportLine line) {
            UptimeFigures f = line.figures();
            Optional<SlaAssessment> a = line.assessment();
            return new ReportLine(line.isSystem() ? "system" : "dependency", line.system().value(),
                    line.dependency().map(DependencyId::value).orElse(null), line.name(),
                    a.map(SlaAssessment::target).orElse(null), f.availabilityPercent(), f.uptimePercent(),
                    a.map(SlaAssessment::met).orElse(null), a.map(x -> x.summary().wireName()).orElse(null),
                    a.map(x -> seconds(x.budget())).orElse(null), a.map(x -> seconds(x.spent())).orElse(null),
                    a.map(x -> seconds(x.remaining())).orElse(null), a.flatMap(SlaAssessment::burnRate).orElse(null),
                    f.tally().countedMs() / 1000.0, f.tally().downtimeMs() / 1000.0, f.tally().outageMs() / 1000.0,
                    f.tally().maintenanceMs() / 1000.0, f.outages(), seconds(f.longestOutage()),
                    f.mttr().map(SlaReportResponse::seconds).orElse(null));
        }
    }

    public static SlaReportResponse of(SlaReport report) {
        SlaReportSummary s = SlaReportSummary.of(report);
        return header(s, report.lines().stream().map(ReportLine::of).toList());
    }

    /** A report in a list: without its rows. */
    public static SlaReportResponse of(SlaReportSummary s) {
        return header(s, null);
    }

    private static SlaReportResponse header(SlaReportSummary s, List<ReportLine> rows) {
        return new SlaReportResponse(s.id().value(), s.title(), s.period().map(SlaPeriod::wireName).orElse("custom"),
                s.window().from(), s.window().to(), s.window().end(), s.generatedAt(), s.generatedBy(),
                s.overallUptime(), s.overallAvailability(), s.systems(), s.systemsMeetingSla(),
                s.systemsBreachingSla(), rows);
    }

    static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
