package dev.vigil.application.service;

import dev.vigil.application.port.in.sla.ShowSlaReport;
import dev.vigil.application.port.in.sla.UnknownSlaReport;
import dev.vigil.application.port.out.SlaReports;
import dev.vigil.domain.sla.SlaReport;
import dev.vigil.domain.sla.SlaReportId;

/** Finds one stored report. */
public final class ShowSlaReportService implements ShowSlaReport {
    private final SlaReports reports;

    public ShowSlaReportService(SlaReports reports) {
        this.reports = reports;
    }

    @Override
    public SlaReport show(SlaReportId id) {
        return reports.byId(id).orElseThrow(() -> new UnknownSlaReport(id));
    }
}
