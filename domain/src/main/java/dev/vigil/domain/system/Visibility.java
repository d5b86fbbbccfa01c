package dev.vigil.domain.system;

import java.util.Locale;

/** Whether a system (and its dependencies) appears on public surfaces such as {@code /status}. */
public enum Visibility {
    PUBLIC, PRIVATE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Visibility fromWire(String value) {
        if (value != null) {
            String name = value.strip().toUpperCase(Locale.ROOT);
            for (Visibility v : values()) {
                if (v.name().equals(name)) {
                    return v;
                }
            }
        }
        throw new IllegalArgumentException("visibility must be public or private");
    }
}
