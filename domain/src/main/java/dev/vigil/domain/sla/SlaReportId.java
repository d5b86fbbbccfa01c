package dev.vigil.domain.sla;

/** The identity of a stored SLA report: a positive integer. */
public record SlaReportId(long value) {
    public SlaReportId {
        if (value <= 0) {
            throw new IllegalArgumentException("report id must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
