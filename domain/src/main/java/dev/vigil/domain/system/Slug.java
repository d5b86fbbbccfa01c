package dev.vigil.domain.system;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** The URL name of a system on the public page ({@code /status/checkout-api}): lower-case letters, digits and single hyphens. */
public record Slug(String value) {
    public static final int MAX_LENGTH = 64;
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public Slug {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("slug must be 1 to " + MAX_LENGTH
                    + " lower-case letters, digits and single hyphens, not starting or ending with a hyphen");
        }
    }

    /** Parses a slug given by a person: surrounding blanks are ignored, case is not. */
    public static Slug of(String value) {
        return new Slug(value == null ? "" : value.strip());
    }

    /** Derives a slug from a display name: accents dropped, everything else that is not a letter or digit becomes a hyphen. */
    public static Slug fromName(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH) {
            slug = trimHyphens(slug.substring(0, MAX_LENGTH));
        }
        return new Slug(slug.isEmpty() ? "system" : slug);
    }

    /** This slug with a numeric suffix ({@code api-2}), still within the length limit. */
    public Slug withSuffix(int n) {
        String suffix = "-" + n;
        String base = value.length() + suffix.length() > MAX_LENGTH
                ? trimHyphens(value.substring(0, MAX_LENGTH - suffix.length()))
                : value;
        return new Slug(base + suffix);
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }

    @Override
    public String toString() {
        return value;
    }
}
