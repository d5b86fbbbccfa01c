package dev.vigil.application.service;

import dev.vigil.application.port.in.sla.ListSlaReports;
import dev.vigil.application.port.out.SlaReports;
import dev.vigil.domain.sla.SlaReportSummary;
import java.util.List;

/** Lists the latest reports without their lines. */
public final class ListSlaReportsService implements ListSlaReports {
    private final SlaReports reports;

    public ListSlaReportsService(SlaReports reports) {
        this.reports = reports;
    }

    @Override
    public List<SlaReportSummary> latest(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        return reports.latest(limit);
    }
}
