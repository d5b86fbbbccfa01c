package dev.vigil.domain.webhook;

import java.util.Locale;

/** The kind of endpoint a webhook posts to, which decides the message format. */
public enum WebhookType {
    GENERIC, SLACK, DISCORD, TELEGRAM, TEAMS;

    /** The wire name, e.g. {@code slack}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name, ignoring case and surrounding blanks. */
    public static WebhookType fromWire(String value) {
        String name = value == null ? "" : value.strip();
        for (WebhookType type : values()) {
            if (type.wireName().equals(name.toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        String shown = name.length() <= 40 ? name : name.substring(0, 40) + "…";
        throw new IllegalArgumentException("type must be one of generic, slack, discord, telegram, teams"
                + (name.isEmpty() ? "" : ", not '" + shown + "'"));
    }
}
