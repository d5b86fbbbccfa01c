package dev.vigil.domain.system;

import java.util.Locale;

/**
 * How much a system needs a dependency: a {@code critical} dependency's outage is the system's outage,
 * a {@code minor} one's failure only degrades the system.
 */
public enum Criticality {
    CRITICAL, MINOR;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Criticality fromWire(String value) {
        if (value != null) {
            String name = value.strip().toUpperCase(Locale.ROOT);
            for (Criticality c : values()) {
                if (c.name().equals(name)) {
                    return c;
                }
            }
        }
        throw new IllegalArgumentException("criticality must be critical or minor");
    }
}
