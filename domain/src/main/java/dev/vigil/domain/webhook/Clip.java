package dev.vigil.domain.webhook;

/**
 * Lenient text rules for what events say: an event must never fail to be recorded because its text is long or
 * odd, so text is cut to a length and control characters other than line breaks become spaces.
 */
final class Clip {
    private Clip() {
    }

    static String text(String value, int max) {
        if (value == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(Math.min(value.length(), max + 1));
        for (int i = 0; i < value.length() && clean.length() <= max; i++) {
            char c = value.charAt(i);
            clean.append(c != '\n' && Character.isISOControl(c) ? ' ' : c);
        }
        String text = clean.toString().strip();
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String line(String value, int max) {
        return text(value == null ? null : value.replaceAll("\\s*\\R\\s*", " "), max);
    }
}
