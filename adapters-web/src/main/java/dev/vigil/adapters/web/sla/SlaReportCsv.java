package dev.vigil.adapters.web.sla;

import java.util.List;
import java.util.Locale;

/**
 * An SLA report's rows as CSV (RFC 4180: comma-separated, CRLF line ends, quotes doubled). Text that a spreadsheet
 * would run as a formula (starting with {@code = + - @}, tab or carriage return) is prefixed with {@code '}.
 */
public final class SlaReportCsv {
    static final String HEADER = "kind,system_id,dependency_id,name,sla_target,availability_percent,uptime_percent,"
            + "met,summary,error_budget_seconds,budget_spent_seconds,budget_remaining_seconds,burn_rate,"
            + "counted_seconds,downtime_seconds,unavailable_seconds,maintenance_seconds,outages,"
            + "longest_outage_seconds,mttr_seconds";

    private SlaReportCsv() {
    }

    /** A stored report as CSV: what {@code GET /api/sla/reports/{id}?format=csv} sends, and the admin UI too. */
    public static String of(dev.vigil.domain.sla.SlaReport report) {
        return of(SlaReportResponse.of(report).rows());
    }

    static String of(List<SlaReportResponse.ReportLine> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (SlaReportResponse.ReportLine r : rows) {
            csv.append(String.join(",", r.kind(), Long.toString(r.systemId()), number(r.dependencyId()),
                    text(r.name()), number(r.slaTarget()), number(r.availabilityPercent()), number(r.uptimePercent()),
                    r.met() == null ? "" : r.met().toString(), r.summary() == null ? "" : r.summary(),
                    number(r.errorBudgetSeconds()), number(r.budgetSpentSeconds()),
                    number(r.budgetRemainingSeconds()), number(r.burnRate()), number(r.countedSeconds()),
                    number(r.downtimeSeconds()), number(r.unavailableSeconds()), number(r.maintenanceSeconds()),
                    Long.toString(r.outages()), number(r.longestOutageSeconds()), number(r.mttrSeconds())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String number(Number n) {
        if (n == null) {
            return "";
        }
        if (n instanceof Double d) {
            return String.format(Locale.ROOT, "%.6f", d).replaceAll("\\.?0+$", "");
        }
        return n.toString();
    }

    static String text(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
