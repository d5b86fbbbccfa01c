package dev.vigil.domain.sla;

import static java.time.temporal.ChronoUnit.MILLIS;

import dev.vigil.domain.Text;
import dev.vigil.domain.uptime.UptimeFigures;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored snapshot of SLA compliance over a period: a line per system (each followed by its dependencies), as it was
 * when generated. The overall figures are derived from the system lines, pooled by time.
 *
 * @param period the period asked for ({@code month}, {@code 7d} …); empty for an explicit from/to
 */
public record SlaReport(SlaReportId id, String title, Optional<SlaPeriod> period, PeriodWindow window,
                        Instant generatedAt, String generatedBy, List<SlaReportLine> lines) {
    public static final int TITLE_MAX = 200;
    public static final int BY_MAX = 200;

    public SlaReport {
        Objects.requireNonNull(id, "id");
        title = Text.required(title, "title", TITLE_MAX);
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(window, "window");
        generatedAt = Objects.requireNonNull(generatedAt, "generatedAt").truncatedTo(MILLIS);
        generatedBy = Text.optional(generatedBy, "generated_by", BY_MAX);
        lines = List.copyOf(lines);
    }

    /** The overall figures: every system's time pooled, not a mean of their percentages. */
    public UptimeFigures overall() {
        return UptimeFigures.pooled(systemLines().stream().map(SlaReportLine::figures).toList());
    }

    public List<SlaReportLine> systemLines() {
        return lines.stream().filter(SlaReportLine::isSystem).toList();
    }

    public long systemsMeetingSla() {
        return systemLines().stream().filter(r -> r.assessment().orElseThrow().met()).count();
    }

    public long systemsBreachingSla() {
        return systemLines().size() - systemsMeetingSla();
    }
}
