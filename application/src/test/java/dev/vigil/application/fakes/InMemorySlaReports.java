package dev.vigil.application.fakes;

import dev.vigil.application.port.out.SlaReports;
import dev.vigil.domain.sla.SlaReport;
import dev.vigil.domain.sla.SlaReportId;
import dev.vigil.domain.sla.SlaReportSummary;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SLA reports in a map. */
public final class InMemorySlaReports implements SlaReports {
    private final Map<SlaReportId, SlaReport> reports = new LinkedHashMap<>();
    private long sequence;

    @Override
    public synchronized SlaReportId nextId() {
        return new SlaReportId(++sequence);
    }

    @Override
    public synchronized void save(SlaReport report) {
        reports.put(report.id(), report);
        sequence = Math.max(sequence, report.id().value());
    }

    @Override
    public synchronized Optional<SlaReport> byId(SlaReportId id) {
        return Optional.ofNullable(reports.get(id));
    }

    @Override
    public synchronized List<SlaReportSummary> latest(int limit) {
        return reports.values().stream()
                .sorted(Comparator.comparing(SlaReport::generatedAt).thenComparingLong(r -> r.id().value()).reversed())
                .limit(limit).map(SlaReportSummary::of).toList();
    }

    @Override
    public synchronized void delete(SlaReportId id) {
        reports.remove(id);
    }

    // Backups (issue 7)
    /** Forgets everything stored; the id sequence stays where it is. */
    public synchronized void clear() {
        reports.clear();
    }
}
