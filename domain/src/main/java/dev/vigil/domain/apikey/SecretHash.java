package dev.vigil.domain.apikey;

import java.util.Objects;
import java.util.regex.Pattern;

/** The SHA-256 of an API key's secret, in lower-case hex: all that Vigil keeps of a key. */
public record SecretHash(String hex) {
    private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");

    public SecretHash {
        Objects.requireNonNull(hex, "hex");
        if (!FORM.matcher(hex).matches()) {
            throw new IllegalArgumentException("secret hash must be 64 lower-case hex digits");
        }
    }
}
