package dev.vigil.application.port.in.sla;

import dev.vigil.domain.sla.SlaReport;

/** Generates and stores an SLA report over every system and dependency. */
public interface CreateSlaReport {
    SlaReport create(CreateSlaReportCommand command);
}
