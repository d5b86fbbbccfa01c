package dev.vigil.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.port.out.SlaReports;
import dev.vigil.domain.sla.PeriodWindow;
import dev.vigil.domain.sla.SlaAssessment;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.sla.SlaReport;
import dev.vigil.domain.sla.SlaReportLine;
import dev.vigil.domain.sla.SlaReportSummary;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.uptime.TimelineState;
import dev.vigil.domain.uptime.UptimeFigures;
import dev.vigil.domain.uptime.UptimeTally;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link SlaReports} adapter must do. */
public abstract class SlaReportsContract {
    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00.123Z");

    protected abstract SlaReports reports();

    private static UptimeFigures figures(long outage, Optional<Duration> mttr) {
        UptimeTally tally = new UptimeTally(86_400_000 - outage, 5, outage, 7, 11, 1, 1, outage, outage, 0, 0);
        UptimeFigures f = UptimeFigures.of(tally, new TimelineState(Status.OUTAGE, NOW.minusSeconds(7), Optional.empty()),
                new TimelineState(Status.DEGRADED, NOW.minusSeconds(3), Optional.of(NOW)), NOW);
        return new UptimeFigures(f.tally(), f.uptimePercent(), f.availabilityPercent(), f.outages(), f.longestOutage(),
                mttr, Optional.of(Duration.ofSeconds(42)));
    }

    private SlaReport report(String title, Instant generatedAt, Optional<SlaPeriod> period) {
        UptimeFigures system = figures(60_000, Optional.of(Duration.ofMinutes(1)));
        SlaAssessment assessment = SlaAssessment.assess(new SlaTarget(99.95), system.tally(), Duration.ofDays(3));
        return new SlaReport(reports().nextId(), title, period,
                period.map(p -> p.current(NOW)).orElse(PeriodWindow.between(NOW.minusSeconds(3600), NOW)),
                generatedAt, "alice", List.of(
                        SlaReportLine.ofSystem(new SystemId(1), "API", system, assessment),
                        SlaReportLine.ofDependency(new SystemId(1), new DependencyId(4), "DB",
                                figures(0, Optional.empty()))));
    }

    @Test
    void save_thenById_returnsTheWholeReport() {
        SlaReport report = report("March", NOW, Optional.of(SlaPeriod.MONTH));

        reports().save(report);

        assertThat(reports().byId(report.id())).get().usingRecursiveComparison().isEqualTo(report);
    }

    @Test
    void aReportForFromTo_hasNoPeriod() {
        SlaReport report = report("Custom", NOW, Optional.empty());

        reports().save(report);

        assertThat(reports().byId(report.id()).orElseThrow().period()).isEmpty();
        assertThat(reports().byId(report.id()).orElseThrow().window()).isEqualTo(report.window());
    }

    @Test
    void latest_summarisesTheMostRecentlyGeneratedFirst() {
        SlaReport older = report("Older", NOW, Optional.of(SlaPeriod.MONTH));
        SlaReport newer = report("Newer", NOW.plusSeconds(60), Optional.of(SlaPeriod.YEAR));
        reports().save(older);
        reports().save(newer);

        List<SlaReportSummary> latest = reports().latest(10);

        assertThat(latest).extracting(SlaReportSummary::title).containsExactly("Newer", "Older");
        assertThat(latest.get(0)).isEqualTo(SlaReportSummary.of(newer));
        assertThat(reports().latest(1)).hasSize(1);
    }

    @Test
    void delete_removesTheReportAndItsLines() {
        SlaReport report = report("x", NOW, Optional.of(SlaPeriod.MONTH));
        reports().save(report);

        reports().delete(report.id());

        assertThat(reports().byId(report.id())).isEmpty();
        assertThat(reports().latest(10)).isEmpty();
    }
}
