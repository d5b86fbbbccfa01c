package dev.vigil.application.port.in.sla;

import dev.vigil.domain.sla.SlaReport;
import dev.vigil.domain.sla.SlaReportId;

/** One stored report with all its lines. */
public interface ShowSlaReport {
    SlaReport show(SlaReportId id);
}
