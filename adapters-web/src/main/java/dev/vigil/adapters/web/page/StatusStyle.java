package dev.vigil.adapters.web.page;

import dev.vigil.domain.status.Status;

/**
 * How a status looks on every page: a word and a CSS class that gives it a colour and an icon of its own shape (so
 * that no state is told by colour alone), and the name {@code /status.json} gives it
 * ({@code operational | degraded | down | maintenance | unknown}).
 */
public enum StatusStyle {
    OPERATIONAL("operational", "Operational"),
    DEGRADED("degraded", "Degraded"),
    DOWN("down", "Down"),
    MAINTENANCE("maintenance", "Maintenance"),
    UNKNOWN("unknown", "No data yet");

    private final String state;
    private final String label;

    StatusStyle(String state, String label) {
        this.state = state;
        this.label = label;
    }

    public static StatusStyle of(Status status) {
        return switch (status) {
            case OPERATIONAL -> OPERATIONAL;
            case DEGRADED -> DEGRADED;
            case OUTAGE -> DOWN;
            case MAINTENANCE -> MAINTENANCE;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** The state's name in {@code /status.json}. */
    public String state() {
        return state;
    }

    /** The word people read. */
    public String label() {
        return label;
    }

    /** The CSS class that colours it. */
    public String css() {
        return "s-" + state;
    }
}
