package dev.vigil.domain.check;

import dev.vigil.domain.Secrets;
import dev.vigil.domain.apikey.SecretHash;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The secret in a push check's URL ({@code /api/push/{token}}): whoever holds it may report on the dependency, so
 * it is shown when the check is created or the token rotated, and only its SHA-256 is kept.
 */
public final class PushToken {
    public static final String PREFIX = "vgp_";
    public static final int MAX_LENGTH = 200;

    private final String value;

    private PushToken(String value) {
        this.value = value;
    }

    /** A new 256-bit random token, written {@code vgp_} followed by 43 URL-safe base64 characters. */
    public static PushToken generate(RandomGenerator random) {
        return new PushToken(PREFIX + Secrets.random256(random));
    }

    /** A token as presented in a request; anything up to 200 characters can be looked up (and simply not found). */
    public static PushToken presented(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("token must be 1 to " + MAX_LENGTH + " characters");
        }
        return new PushToken(value);
    }

    public SecretHash hash() {
        return new SecretHash(Secrets.sha256Hex(value));
    }

    /** The token itself: shown once to the person who created or rotated it, never logged or stored. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "PushToken[hidden]";
    }
}
