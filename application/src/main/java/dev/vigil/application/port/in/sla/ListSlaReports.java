package dev.vigil.application.port.in.sla;

import dev.vigil.domain.sla.SlaReportSummary;
import java.util.List;

/** The latest reports, without their lines ({@code limit} 1 to {@value #MAX_LIMIT}). */
public interface ListSlaReports {
    int DEFAULT_LIMIT = 50;
    int MAX_LIMIT = 200;

    List<SlaReportSummary> latest(int limit);
}
