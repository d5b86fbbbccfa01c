package dev.vigil.domain.webhook;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One named detail of an event ("impact: major", "starts_at: 2026-03-07T02:00:00Z"), kept with the event so that a
 * message rendered later says the same thing. Generic webhooks receive it under its key in {@code details}, typed
 * by its {@link Kind}; chat formats word it, or show it as a labelled field when they have no wording for the event.
 * An empty value of a kind other than {@link Kind#TEXT} means "none" (JSON {@code null}).
 */
public record Fact(String key, String label, String value, Kind kind) {
    public static final int VALUE_MAX = 3000;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    /** What a value is: text, a number (written in plain decimal), an instant (ISO-8601) or a flag (true/false). */
    public enum Kind {
        TEXT, NUMBER, TIME, FLAG
    }

    public Fact {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("fact key must be snake_case, at most 40 characters: " + key);
        }
        label = Clip.line(label, 60);
        Objects.requireNonNull(kind, "kind");
        value = kind == Kind.TEXT ? Clip.text(value, VALUE_MAX) : Objects.requireNonNullElse(value, "").strip();
        if (!value.isEmpty() && !valid(kind, value)) {
            throw new IllegalArgumentException("fact " + key + " is not a " + kind.name().toLowerCase(Locale.ROOT) + ": " + value);
        }
    }

    /** A text fact, as facts were before they had kinds. */
    public Fact(String key, String label, String value) {
        this(key, label, value, Kind.TEXT);
    }

    public static Fact text(String key, String label, String value) {
        return new Fact(key, label, value, Kind.TEXT);
    }

    public static Fact number(String key, String label, long value) {
        return new Fact(key, label, Long.toString(value), Kind.NUMBER);
    }

    /** A number written without exponent or trailing zeros: 99.9, 2678.4, 100. */
    public static Fact number(String key, String label, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return new Fact(key, label, "", Kind.NUMBER);
        }
        BigDecimal plain = BigDecimal.valueOf(value).stripTrailingZeros();
        return new Fact(key, label, (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString(), Kind.NUMBER);
    }

    public static Fact time(String key, String label, Instant at) {
        return new Fact(key, label, at.toString(), Kind.TIME);
    }

    public static Fact time(String key, String label, Optional<Instant> at) {
        return new Fact(key, label, at.map(Instant::toString).orElse(""), Kind.TIME);
    }

    public static Fact flag(String key, String label, boolean value) {
        return new Fact(key, label, Boolean.toString(value), Kind.FLAG);
    }

    /** True when the fact has no value. */
    public boolean isEmpty() {
        return value.isEmpty();
    }

    /** The instant of a time fact. */
    public Optional<Instant> instant() {
        return kind == Kind.TIME && !value.isEmpty() ? Optional.of(Instant.parse(value)) : Optional.empty();
    }

    private static boolean valid(Kind kind, String value) {
        try {
            switch (kind) {
                case NUMBER:
                    new BigDecimal(value);
                    return true;
                case TIME:
                    Instant.parse(value);
                    return true;
                case FLAG:
                    return value.equals("true") || value.equals("false");
                default:
                    return true;
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            return false;
        }
    }
}
