package dev.vigil.domain.apikey;

import java.util.Locale;

/** What an API key may do. Scopes nest: {@code admin} includes {@code write}, which includes {@code read}. */
public enum Scope {
    READ, WRITE, ADMIN;

    /** True when a key holding this scope may use a route that requires {@code required}. */
    public boolean grants(Scope required) {
        return ordinal() >= required.ordinal();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scope fromWire(String value) {
        if (value != null) {
            String name = value.strip().toUpperCase(Locale.ROOT);
            for (Scope scope : values()) {
                if (scope.name().equals(name)) {
                    return scope;
                }
            }
        }
        throw new IllegalArgumentException("scope must be read, write or admin");
    }
}
