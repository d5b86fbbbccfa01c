package dev.vigil.domain.counter;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The key of a public counter, as it appears in {@code /status.json}'s {@code snapshot} object
 * ({@code messages_last_24h}): lower-case letters, digits and underscores, starting with a letter.
 */
public record CounterName(String value) {
    public static final int MAX_LENGTH = 64;
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_]*");

    public CounterName {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("counter name must be 1 to " + MAX_LENGTH
                    + " lower-case letters, digits and underscores, starting with a letter");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
