package dev.vigil.domain.webhook;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One labelled detail of an event ("Impact: major"), shown by every message format and sent to generic webhooks
 * under its key. The simplest way to make a new kind of event more informative than its summary.
 */
public record Fact(String key, String label, String value) {
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    public Fact {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("fact key must be snake_case, at most 40 characters: " + key);
        }
        label = Clip.line(label, 60);
        value = Clip.text(value, 1000);
    }
}
