package dev.vigil.application.port.in.backup;

import java.util.Locale;

/** How a backup meets the stored data: upserted into it by id, or replacing it. */
public enum ImportMode {
    MERGE, REPLACE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ImportMode fromWire(String value) {
        if (value != null) {
            for (ImportMode mode : values()) {
                if (mode.wireName().equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return mode;
                }
            }
        }
        throw new IllegalArgumentException("mode must be merge or replace");
    }
}
