package dev.vigil.domain.incident;

import java.util.Locale;

/** How badly an incident hurts the people using the affected systems. */
public enum Impact {
    NONE, MINOR, MAJOR, CRITICAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name, ignoring case and surrounding blanks; anything else is refused, never coerced. */
    public static Impact fromWire(String value) {
        if (value != null) {
            String name = value.strip().toUpperCase(Locale.ROOT);
            for (Impact impact : values()) {
                if (impact.name().equals(name)) {
                    return impact;
                }
            }
        }
        throw new IllegalArgumentException("impact must be one of none, minor, major, critical");
    }
}
