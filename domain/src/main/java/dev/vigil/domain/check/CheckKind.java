package dev.vigil.domain.check;

import java.util.Locale;

/** How a check learns a dependency's health: Vigil calls an HTTP URL, opens a TCP port, or waits for pushed pings. */
public enum CheckKind {
    HTTP, TCP, PUSH;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CheckKind fromWire(String value) {
        if (value != null) {
            String name = value.strip().toUpperCase(Locale.ROOT);
            for (CheckKind kind : values()) {
                if (kind.name().equals(name)) {
                    return kind;
                }
            }
        }
        throw new IllegalArgumentException("type must be http, tcp or push");
    }
}
