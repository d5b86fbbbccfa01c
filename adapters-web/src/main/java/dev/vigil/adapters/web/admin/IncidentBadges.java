package dev.vigil.adapters.web.admin;

import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.IncidentState;

/** Incident impacts and states as the admin pages show them: words, with the colour and icon of a status. */
final class IncidentBadges {
    private IncidentBadges() {
    }

    static Badge impact(Impact impact) {
        return switch (impact) {
            case CRITICAL -> new Badge("down", "s-down", "Critical");
            case MAJOR -> new Badge("down", "s-down", "Major");
            case MINOR -> new Badge("degraded", "s-degraded", "Minor");
            case NONE -> new Badge("unknown", "s-unknown", "No impact");
        };
    }

    static String state(IncidentState state) {
        return switch (state) {
            case INVESTIGATING -> "Investigating";
            case IDENTIFIED -> "Identified";
            case MONITORING -> "Monitoring";
            case RESOLVED -> "Resolved";
        };
    }
}
