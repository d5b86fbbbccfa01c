package dev.vigil.domain.status;

import java.util.Locale;

/** What caused a status change: a person, a check, the roll-up from dependencies, a maintenance window, or an import. */
public enum StatusSource {
    MANUAL, CHECK, ROLLUP, MAINTENANCE, IMPORT;

    /** The lower-case name used on the wire and in storage. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name, ignoring case and surrounding blanks. */
    public static StatusSource fromWire(String value) {
        if (value != null) {
            String name = value.strip().toUpperCase(Locale.ROOT);
            for (StatusSource source : values()) {
                if (source.name().equals(name)) {
                    return source;
                }
            }
        }
        throw new IllegalArgumentException("source must be one of manual, check, rollup, maintenance, import");
    }
}
