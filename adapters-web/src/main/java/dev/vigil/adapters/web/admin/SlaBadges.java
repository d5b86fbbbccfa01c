package dev.vigil.adapters.web.admin;

import dev.vigil.domain.sla.SlaSummary;

/** An SLA summary as the admin pages show it: a word with the colour and icon of the matching status. */
final class SlaBadges {
    private SlaBadges() {
    }

    static Badge of(SlaSummary summary) {
        return switch (summary) {
            case EXCELLENT -> new Badge("operational", "s-operational", "Excellent");
            case GOOD -> new Badge("operational", "s-operational", "Good");
            case AT_RISK -> new Badge("degraded", "s-degraded", "At risk");
            case BREACHED -> new Badge("down", "s-down", "Breached");
        };
    }

    static String words(SlaSummary summary) {
        return switch (summary) {
            case EXCELLENT -> "less than a quarter of the error budget spent";
            case GOOD -> "a quarter or more of the error budget spent";
            case AT_RISK -> "below target so far, or three quarters of the budget spent";
            case BREACHED -> "the error budget is exhausted";
        };
    }
}
