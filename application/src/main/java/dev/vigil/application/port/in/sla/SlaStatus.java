package dev.vigil.application.port.in.sla;

import dev.vigil.domain.sla.PeriodWindow;
import dev.vigil.domain.sla.SlaAssessment;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.uptime.UptimeFigures;
import java.util.Objects;

/** How a system does against its SLA target in a period: its figures and the assessment. */
public record SlaStatus(MonitoredSystem system, SlaPeriod period, PeriodWindow window, UptimeFigures figures,
                        SlaAssessment assessment) {
    public SlaStatus {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(assessment, "assessment");
    }
}
