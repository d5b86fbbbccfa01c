package dev.vigil.domain;

/**
 * The rules every piece of user-supplied text obeys: trimmed, bounded in length, and free of control
 * characters (multi-line text may keep line breaks and tabs).
 */
public final class Text {
    private Text() {
    }

    /** A required single-line value such as a name: trimmed, non-blank, at most {@code max} characters. */
    public static String required(String value, String field, int max) {
        String text = optional(value, field, max);
        if (text.isEmpty()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return text;
    }

    /** An optional single-line value: {@code null} becomes the empty string. */
    public static String optional(String value, String field, int max) {
        return check(value, field, max, false);
    }

    /** Optional free text that may span lines (descriptions, messages). */
    public static String multiline(String value, String field, int max) {
        return check(value, field, max, true);
    }

    private static String check(String value, String field, int max, boolean lineBreaksAllowed) {
        if (value == null) {
            return "";
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowedBreak = lineBreaksAllowed && (c == '\n' || c == '\r' || c == '\t');
            if (Character.isISOControl(c) && !allowedBreak) {
                throw new IllegalArgumentException(field + " must not contain control characters");
            }
        }
        return text;
    }
}
