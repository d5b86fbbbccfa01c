package dev.vigil.adapters.web.ecosystem;

import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.status.Status;
import java.util.Collection;
import java.util.Objects;

/**
 * The page's Statuspage {@code status}: an {@code indicator} ({@code none | minor | major | critical}) and its
 * description, blended from the public systems' statuses and the impact of the public incidents not yet resolved.
 *
 * <p>The blend (docs/api.md, "Statuspage-compatible API"): systems under maintenance are left out of it; a degraded
 * system counts minor, a system in outage critical. The page is {@code critical} only when every system left is in
 * outage; otherwise the worst system counts, capped at {@code major}. An unresolved incident raises the indicator to
 * its impact when that is worse. Unknown counts as operational.
 */
public record StatusIndicator(String indicator, String description) {
    public static final String ALL_OPERATIONAL = "All Systems Operational";
    public static final String MAINTENANCE = "Service Under Maintenance";
    public static final String PARTIALLY_DEGRADED = "Partially Degraded Service";
    public static final String DEGRADED = "Degraded System Service";
    public static final String PARTIAL_OUTAGE = "Partial System Outage";
    public static final String MAJOR_OUTAGE = "Major System Outage";
    public static final String MINOR_INCIDENT = "Minor Service Outage";
    public static final String MAJOR_INCIDENT = "Partial System Outage";
    public static final String CRITICAL_INCIDENT = "Major Service Outage";

    private static final String[] LEVELS = {"none", "minor", "major", "critical"};

    public StatusIndicator {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(description, "description");
    }

    public static StatusIndicator of(Collection<Status> systems, Collection<Impact> openIncidents) {
        long counted = systems.stream().filter(s -> s != Status.MAINTENANCE).count();
        long outages = systems.stream().filter(s -> s == Status.OUTAGE).count();
        long degraded = systems.stream().filter(s -> s == Status.DEGRADED).count();
        int level;
        String description;
        if (outages > 0 && outages == counted) {
            level = 3;
            description = MAJOR_OUTAGE;
        } else if (outages > 0) {
            level = 2;
            description = PARTIAL_OUTAGE;
        } else if (degraded > 0) {
            level = 1;
            description = degraded == counted ? DEGRADED : PARTIALLY_DEGRADED;
        } else {
            level = 0;
            description = systems.contains(Status.MAINTENANCE) ? MAINTENANCE : ALL_OPERATIONAL;
        }
        int incidents = openIncidents.stream().mapToInt(StatusIndicator::level).max().orElse(0);
        if (incidents > level) {
            level = incidents;
            description = switch (incidents) {
                case 1 -> MINOR_INCIDENT;
                case 2 -> MAJOR_INCIDENT;
                default -> CRITICAL_INCIDENT;
            };
        }
        return new StatusIndicator(LEVELS[level], description);
    }

    private static int level(Impact impact) {
        return switch (impact) {
            case NONE -> 0;
            case MINOR -> 1;
            case MAJOR -> 2;
            case CRITICAL -> 3;
        };
    }

    /** A Vigil status as a Statuspage component status (Statuspage has no "unknown": no data counts as operational). */
    public static String componentStatus(Status status) {
        return switch (status) {
            case OPERATIONAL, UNKNOWN -> "operational";
            case DEGRADED -> "degraded_performance";
            case OUTAGE -> "major_outage";
            case MAINTENANCE -> "under_maintenance";
        };
    }
}
