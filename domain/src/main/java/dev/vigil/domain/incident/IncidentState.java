package dev.vigil.domain.incident;

import java.util.Locale;

/**
 * Where the people handling an incident are: investigating → identified → monitoring → resolved. Before it is
 * resolved an incident may move to any other state (forward, or back when a fix did not hold); once resolved it
 * stays resolved.
 */
public enum IncidentState {
    INVESTIGATING, IDENTIFIED, MONITORING, RESOLVED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when an incident in this state may move to {@code next}. */
    public boolean canMoveTo(IncidentState next) {
        return this != RESOLVED && next != this;
    }

    /** Parses a wire name, ignoring case and surrounding blanks; anything else is refused, never coerced. */
    public static IncidentState fromWire(String value) {
        if (value != null) {
            String name = value.strip().toUpperCase(Locale.ROOT);
            for (IncidentState state : values()) {
                if (state.name().equals(name)) {
                    return state;
                }
            }
        }
        throw new IllegalArgumentException("state must be one of investigating, identified, monitoring, resolved");
    }
}
