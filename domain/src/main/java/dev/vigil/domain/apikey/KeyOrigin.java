package dev.vigil.domain.apikey;

import java.util.Locale;

/** Where an API key came from: created through the API, generated on first start, or provisioned by {@code VIGIL_ADMIN_KEY}. */
public enum KeyOrigin {
    CREATED, INITIAL, ENVIRONMENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static KeyOrigin fromWire(String value) {
        return KeyOrigin.valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
