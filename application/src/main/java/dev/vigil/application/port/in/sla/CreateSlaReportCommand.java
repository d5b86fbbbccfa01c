package dev.vigil.application.port.in.sla;

import dev.vigil.domain.sla.SlaPeriod;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A report to generate: for a period (the current one so far) or from {@code from} to {@code to} (now when empty);
 * with neither, the current month. Without a title one is made from the period.
 */
public record CreateSlaReportCommand(Optional<String> title, Optional<SlaPeriod> period, Optional<Instant> from,
                                     Optional<Instant> to, String by) {
    public CreateSlaReportCommand {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        by = by == null ? "" : by;
        if (period.isPresent() && (from.isPresent() || to.isPresent())) {
            throw new IllegalArgumentException("ask for a period or for from/to, not both");
        }
        if (to.isPresent() && from.isEmpty()) {
            throw new IllegalArgumentException("from is required with to");
        }
    }
}
