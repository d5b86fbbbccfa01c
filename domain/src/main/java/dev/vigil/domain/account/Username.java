package dev.vigil.domain.account;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** The name an operator logs in with: lower-case letters, digits, dots, hyphens and underscores. */
public record Username(String value) {
    public static final int MAX_LENGTH = 64;
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9._-]*");
    /** The administrator every Vigil has. */
    public static final Username ADMIN = new Username("admin");

    public Username {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("username must be 1 to " + MAX_LENGTH
                    + " lower-case letters, digits, dots, hyphens or underscores, starting with a letter");
        }
    }

    /** A username as typed into a login form: surrounding blanks and case are ignored. */
    public static Username typed(String value) {
        return new Username(value == null ? "" : value.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
