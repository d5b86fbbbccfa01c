package dev.vigil.adapters.persistence;

import dev.vigil.domain.sla.SlaAssessment;
import dev.vigil.domain.sla.SlaReportLine;
import dev.vigil.domain.sla.SlaSummary;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.UptimeFigures;
import dev.vigil.domain.uptime.UptimeTally;
import java.time.Duration;
import java.util.Optional;

/** A row of the {@code sla_report_lines} table: a line's figures and, for a system, its assessment. */
public record SlaReportLineRow(long reportId, int position, long systemId, Long dependencyId, String name,
                               long operationalMs, long degradedMs, long outageMs, long maintenanceMs, long unknownMs,
                               long outagesStarted, long outagesEnded, long endedOutageMs, long longestEndedOutageMs,
                               long failuresAfterRecovery, long betweenFailuresMs, double uptimePercent,
                               double availabilityPercent, long outages, long longestOutageMs, Long mttrMs,
                               Long mtbfMs, Double target, Boolean met, Long budgetMs, Long spentMs,
                               Long remainingMs, Double burnRate, String summary) {

    static SlaReportLineRow of(long reportId, int position, SlaReportLine line) {
        UptimeFigures f = line.figures();
        UptimeTally t = f.tally();
        Optional<SlaAssessment> a = line.assessment();
        return new SlaReportLineRow(reportId, position, line.system().value(),
                line.dependency().map(DependencyId::value).orElse(null), line.name(), t.operationalMs(),
                t.degradedMs(), t.outageMs(), t.maintenanceMs(), t.unknownMs(), t.outagesStarted(), t.outagesEnded(),
                t.endedOutageMs(), t.longestEndedOutageMs(), t.failuresAfterRecovery(), t.betweenFailuresMs(),
                f.uptimePercent(), f.availabilityPercent(), f.outages(), f.longestOutage().toMillis(),
                f.mttr().map(Duration::toMillis).orElse(null), f.mtbf().map(Duration::toMillis).orElse(null),
                a.map(SlaAssessment::target).orElse(null), a.map(SlaAssessment::met).orElse(null),
                a.map(x -> x.budget().toMillis()).orElse(null), a.map(x -> x.spent().toMillis()).orElse(null),
                a.map(x -> x.remaining().toMillis()).orElse(null), a.flatMap(SlaAssessment::burnRate).orElse(null),
                a.map(x -> x.summary().wireName()).orElse(null));
    }

    SlaReportLine toDomain() {
        UptimeFigures figures = new UptimeFigures(new UptimeTally(operationalMs, degradedMs, outageMs, maintenanceMs,
                unknownMs, outagesStarted, outagesEnded, endedOutageMs, longestEndedOutageMs, failuresAfterRecovery,
                betweenFailuresMs), uptimePercent, availabilityPercent, outages, Duration.ofMillis(longestOutageMs),
                Optional.ofNullable(mttrMs).map(Duration::ofMillis), Optional.ofNullable(mtbfMs).map(Duration::ofMillis));
        Optional<SlaAssessment> assessment = Optional.ofNullable(summary).map(s -> new SlaAssessment(target,
                availabilityPercent, met, Duration.ofMillis(budgetMs), Duration.ofMillis(spentMs),
                Duration.ofMillis(remainingMs), Optional.ofNullable(burnRate), SlaSummary.fromWire(s)));
        return new SlaReportLine(new SystemId(systemId), Optional.ofNullable(dependencyId).map(DependencyId::new), name,
                figures, assessment);
    }
}
