package dev.vigil.domain.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which HTTP status codes count as a good answer, written as a comma list of codes ({@code 200}), classes
 * ({@code 2xx}) and ranges ({@code 200-299}); {@code 2xx} by default.
 */
public record ExpectedStatus(String text) {
    public static final ExpectedStatus DEFAULT = new ExpectedStatus("2xx");
    private static final int MAX_PARTS = 20;

    public ExpectedStatus {
        Objects.requireNonNull(text, "text");
        text = canonical(text);
    }

    public static ExpectedStatus parse(String text) {
        return text == null || text.isBlank() ? DEFAULT : new ExpectedStatus(text);
    }

    /** True when {@code code} is one of the expected codes. */
    public boolean matches(int code) {
        for (int[] range : ranges(text)) {
            if (code >= range[0] && code <= range[1]) {
                return true;
            }
        }
        return false;
    }

    private static String canonical(String raw) {
        List<String> parts = new ArrayList<>();
        for (String part : raw.split(",", -1)) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            range(p, raw);
            parts.add(p);
        }
        if (parts.size() > MAX_PARTS) {
            throw new IllegalArgumentException("expect_status must have at most " + MAX_PARTS + " parts");
        }
        return String.join(",", parts);
    }

    private static List<int[]> ranges(String text) {
        List<int[]> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            ranges.add(range(part, text));
        }
        return ranges;
    }

    private static int[] range(String p, String raw) {
        if (p.matches("[1-5]xx")) {
            int base = (p.charAt(0) - '0') * 100;
            return new int[] {base, base + 99};
        }
        if (p.matches("\\d{3}")) {
            int code = code(p, raw);
            return new int[] {code, code};
        }
        if (p.matches("\\d{3}\\s*-\\s*\\d{3}")) {
            String[] ends = p.split("-");
            int from = code(ends[0].strip(), raw);
            int to = code(ends[1].strip(), raw);
            if (from > to) {
                throw invalid(raw);
            }
            return new int[] {from, to};
        }
        throw invalid(raw);
    }

    private static int code(String digits, String raw) {
        int code = Integer.parseInt(digits);
        if (code < 100 || code > 599) {
            throw invalid(raw);
        }
        return code;
    }

    private static IllegalArgumentException invalid(String raw) {
        String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
        return new IllegalArgumentException("expect_status must be a comma list of codes (200), classes (2xx) or "
                + "ranges (200-299), not '" + shown + "'");
    }
}
