package dev.vigil.adapters.web.page;

import dev.vigil.application.port.in.status.StatusOverview.CheckLine;
import dev.vigil.application.port.in.status.StatusOverview.DependencyLine;
import dev.vigil.application.port.in.status.StatusOverview.SystemLine;
import dev.vigil.domain.check.CheckKind;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Dependency;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The one-line explanation shown beside a state ({@code detail} in {@code /status.json}). */
public final class StatusDetails {
    static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private StatusDetails() {
    }

    public static String of(SystemLine line) {
        Status status = line.system().status();
        var cause = line.causeDependency();
        if (cause.isPresent()) {
            Dependency d = cause.get();
            return d.name() + (d.status() == Status.UNKNOWN ? " has not been checked yet"
                    : " is " + StatusStyle.of(d.status()).label().toLowerCase(Locale.ROOT));
        }
        return switch (status) {
            case OUTAGE -> "Marked down by the team";
            case DEGRADED -> "Marked degraded by the team";
            case MAINTENANCE -> "Under maintenance";
            case UNKNOWN -> "No data yet";
            case OPERATIONAL -> everythingOperational(line.dependencies().size());
        };
    }

    /**
     * For a dependency: what its check last saw ("HTTP 200 in 12 ms", "connection to the service refused", "No
     * heartbeat received in time"), public-safe (see {@link PublicReason}); without a check, who set its status.
     */
    public static String of(DependencyLine line) {
        Status status = line.dependency().status();
        if (status == Status.MAINTENANCE) {
            return "Under maintenance";
        }
        if (line.check().isEmpty()) {
            return status == Status.UNKNOWN ? "Not checked yet" : "Status set by the team";
        }
        CheckLine check = line.check().get();
        if (check.kind() == CheckKind.PUSH && check.missing()) {
            return "No heartbeat received in time";
        }
        if (check.last().isEmpty()) {
            return "Waiting for the first check";
        }
        CheckResult last = check.last().get();
        if (check.kind() == CheckKind.PUSH) {
            return last.failed() ? sentence("Reported down" + (last.reason().isEmpty() ? "" : ": "
                    + PublicReason.of(last.reason()))) : "Heartbeat received";
        }
        String answer = (check.kind() == CheckKind.HTTP ? last.statusCode().map(c -> "HTTP " + c).orElse("Answered")
                : "Connected") + " in " + last.latencyMillis() + " ms";
        return switch (last.verdict()) {
            case UP -> answer;
            case DEGRADED -> answer + ", slower than expected";
            case DOWN -> sentence(last.reason().isEmpty() ? "Check failed" : PublicReason.of(last.reason()));
        };
    }

    private static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * "checked 2026-03-01 12:00:00 UTC", with the latency in front ("12 ms · checked …") unless the detail already
     * says it ("HTTP 200 in 12 ms"); empty while there is no check data. status.js writes it by the same rule.
     */
    public static String meta(DependencyLine line) {
        String detail = of(line);
        String latency = line.latency().map(d -> d.toMillis() + " ms").filter(ms -> !detail.contains(" in " + ms))
                .orElse("");
        String checked = line.lastCheckedAt().map(t -> "checked " + UTC_TIME.format(t)).orElse("");
        return latency.isEmpty() || checked.isEmpty() ? latency + checked : latency + " · " + checked;
    }

    /** A time as pages show it: {@code 2026-03-01 12:00:00 UTC}. */
    public static String time(Instant instant) {
        return UTC_TIME.format(instant);
    }

    private static String everythingOperational(int dependencies) {
        return switch (dependencies) {
            case 0 -> "Operational";
            case 1 -> "Its dependency is operational";
            default -> "All " + dependencies + " dependencies are operational";
        };
    }
}
