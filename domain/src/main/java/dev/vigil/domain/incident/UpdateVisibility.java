package dev.vigil.domain.incident;

import java.util.Locale;

/** Who may read an incident update: anyone ({@code public}), or only people with API access ({@code internal}). */
public enum UpdateVisibility {
    PUBLIC, INTERNAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static UpdateVisibility fromWire(String value) {
        if (value != null) {
            String name = value.strip().toUpperCase(Locale.ROOT);
            for (UpdateVisibility v : values()) {
                if (v.name().equals(name)) {
                    return v;
                }
            }
        }
        throw new IllegalArgumentException("visibility must be public or internal");
    }
}
