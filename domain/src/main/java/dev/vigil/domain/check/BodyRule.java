package dev.vigil.domain.check;

import java.util.List;
import java.util.Objects;

/**
 * What the body of a good HTTP answer must contain: a substring, a JSON field with a given value, or a match of a
 * regular expression (run by a linear-time engine, never a backtracking one).
 */
public sealed interface BodyRule {
    int MAX_LENGTH = 1000;

    /** The body contains {@code text}. */
    record Contains(String text) implements BodyRule {
        public Contains {
            text = bounded(text, "expect_body_contains");
        }
    }

    /** The body is JSON whose field at the dotted {@code path} (e.g. {@code checks.db.status}) equals {@code value}. */
    record JsonFieldEquals(String path, String value) implements BodyRule {
        public JsonFieldEquals {
            path = bounded(path, "expect_json_path");
            Objects.requireNonNull(value, "value");
            if (value.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("expect_json_value must be at most " + MAX_LENGTH + " characters");
            }
            for (String segment : path.split("\\.", -1)) {
                if (segment.isEmpty()) {
                    throw new IllegalArgumentException("expect_json_path must be field names separated by dots, such as status or checks.db.status");
                }
            }
        }

        public List<String> segments() {
            return List.of(path.split("\\."));
        }
    }

    /** Some part of the body matches {@code pattern}, in RE2 syntax. */
    record Matches(String pattern) implements BodyRule {
        public Matches {
            pattern = bounded(pattern, "expect_body");
        }
    }

    private static String bounded(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(field + " must be at most " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new IllegalArgumentException(field + " must not contain control characters");
            }
        }
        return value;
    }
}
