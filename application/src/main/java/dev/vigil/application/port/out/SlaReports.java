package dev.vigil.application.port.out;

import dev.vigil.domain.sla.SlaReport;
import dev.vigil.domain.sla.SlaReportId;
import dev.vigil.domain.sla.SlaReportSummary;
import java.util.List;
import java.util.Optional;

/** Where generated SLA reports are kept, whole. */
public interface SlaReports {
    SlaReportId nextId();

    void save(SlaReport report);

    Optional<SlaReport> byId(SlaReportId id);

    /** The latest reports without their lines, most recently generated first. */
    List<SlaReportSummary> latest(int limit);

    void delete(SlaReportId id);
}
