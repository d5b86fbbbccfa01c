package dev.vigil.application.service;

import dev.vigil.application.port.in.sla.DeleteSlaReport;
import dev.vigil.application.port.in.sla.UnknownSlaReport;
import dev.vigil.application.port.out.SlaReports;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.sla.SlaReportId;

/** Removes a stored report. */
public final class DeleteSlaReportService implements DeleteSlaReport {
    private final SlaReports reports;
    private final Transactions transactions;

    public DeleteSlaReportService(SlaReports reports, Transactions transactions) {
        this.reports = reports;
        this.transactions = transactions;
    }

    @Override
    public void delete(SlaReportId id) {
        transactions.run(() -> {
            reports.byId(id).orElseThrow(() -> new UnknownSlaReport(id));
            reports.delete(id);
        });
    }
}
