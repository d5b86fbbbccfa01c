package dev.vigil.domain.account;

import java.util.Objects;
import java.util.regex.Pattern;

/** A session as stored: the SHA-256 (lower-case hex) of the token in the browser's cookie. */
public record SessionId(String hex) {
    private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");

    public SessionId {
        Objects.requireNonNull(hex, "hex");
        if (!FORM.matcher(hex).matches()) {
            throw new IllegalArgumentException("session id must be 64 lower-case hex digits");
        }
    }
}
