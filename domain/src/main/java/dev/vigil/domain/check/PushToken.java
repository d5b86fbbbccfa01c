package dev.vigil.domain.check;

import dev.vigil.domain.apikey.SecretHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The secret in a push check's URL ({@code /api/push/{token}}): whoever holds it may report on the dependency, so
 * it is shown when the check is created or the token rotated, and only its SHA-256 is kept.
 */
public final class PushToken {
    public static final String PREFIX = "vgp_";
    public static final int MAX_LENGTH = 200;
    private static final int RANDOM_BYTES = 32;

    private final String value;

    private PushToken(String value) {
        this.value = value;
    }

    /** A new 256-bit random token, written {@code vgp_} followed by 43 URL-safe base64 characters. */
    public static PushToken generate(RandomGenerator random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new PushToken(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return new SecretHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
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
