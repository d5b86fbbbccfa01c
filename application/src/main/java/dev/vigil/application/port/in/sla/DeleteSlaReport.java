package dev.vigil.application.port.in.sla;

import dev.vigil.domain.sla.SlaReportId;

/** Removes a stored report. */
public interface DeleteSlaReport {
    void delete(SlaReportId id);
}
