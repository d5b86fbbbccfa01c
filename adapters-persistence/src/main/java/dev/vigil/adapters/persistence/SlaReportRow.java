package dev.vigil.adapters.persistence;

import dev.vigil.domain.sla.PeriodWindow;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.sla.SlaReport;
import dev.vigil.domain.sla.SlaReportId;
import dev.vigil.domain.sla.SlaReportLine;
import dev.vigil.domain.sla.SlaReportSummary;
import java.util.List;
import java.util.Optional;

/** A row of the {@code sla_reports} table. */
public record SlaReportRow(long id, String title, String period, long periodFrom, long periodTo, long periodEnd,
                           long generatedAt, String generatedBy, double overallUptime, double overallAvailability,
                           long systems, long systemsMeeting, long systemsBreaching) {

    static SlaReportRow of(SlaReport r) {
        SlaReportSummary s = SlaReportSummary.of(r);
        return new SlaReportRow(r.id().value(), r.title(), r.period().map(SlaPeriod::wireName).orElse(null),
                Columns.millis(r.window().from()), Columns.millis(r.window().to()), Columns.millis(r.window().end()),
                Columns.millis(r.generatedAt()), r.generatedBy(), s.overallUptime(), s.overallAvailability(),
                s.systems(), s.systemsMeetingSla(), s.systemsBreachingSla());
    }

    private PeriodWindow window() {
        return new PeriodWindow(Columns.instant(periodFrom), Columns.instant(periodTo), Columns.instant(periodEnd));
    }

    private Optional<SlaPeriod> slaPeriod() {
        return Optional.ofNullable(period).map(SlaPeriod::fromWire);
    }

    SlaReport toDomain(List<SlaReportLine> lines) {
        return new SlaReport(new SlaReportId(id), title, slaPeriod(), window(), Columns.instant(generatedAt),
                generatedBy, lines);
    }

    SlaReportSummary toSummary() {
        return new SlaReportSummary(new SlaReportId(id), title, slaPeriod(), window(), Columns.instant(generatedAt),
                generatedBy, overallUptime, overallAvailability, systems, systemsMeeting, systemsBreaching);
    }
}
