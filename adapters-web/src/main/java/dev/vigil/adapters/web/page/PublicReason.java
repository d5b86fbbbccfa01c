package dev.vigil.adapters.web.page;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A check's reason as the public may read it: what went wrong, without the addresses of the operator's network. A
 * probe says "connection to db.internal:5432 refused"; the status page says "connection to the service refused".
 * URLs, IP addresses, {@code host:port} and dotted host names are replaced; the rest of the sentence stays.
 */
final class PublicReason {
    static final String REPLACEMENT = "the service";
    /** Our own fixed patterns over a bounded text (a reason has at most 500 characters): no user-supplied regex. */
    private static final List<Pattern> ADDRESSES = List.of(
            Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://\\S+"),
            Pattern.compile("\\[[0-9A-Fa-f:.%]+\\](?::\\d{1,5})?"),
            Pattern.compile("\\b\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d{1,5})?\\b"),
            Pattern.compile("\\b(?:[0-9A-Fa-f]{1,4}:){4,7}[0-9A-Fa-f]{1,4}\\b"),
            Pattern.compile("(?:\\b[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4})*)?\\b"),
            Pattern.compile("\\b(?=[\\w-]*[A-Za-z])[\\w-]+(?:\\.[\\w-]+)+(?::\\d{1,5})?\\b"),
            Pattern.compile("\\b[A-Za-z][\\w-]*:\\d{1,5}\\b"));

    private PublicReason() {
    }

    static String of(String reason) {
        String text = reason;
        for (Pattern p : ADDRESSES) {
            text = p.matcher(text).replaceAll(REPLACEMENT);
        }
        return text.strip();
    }
}
