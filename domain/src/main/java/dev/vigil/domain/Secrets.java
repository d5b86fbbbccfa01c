package dev.vigil.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What every secret Vigil hands out shares: 256 random bits written as 43 URL-safe base64 characters, the SHA-256
 * under which a secret is stored instead of itself, and the rule for secrets a person chooses.
 */
public final class Secrets {
    private static final int RANDOM_BYTES = 32;

    private Secrets() {
    }

    /** 256 bits of {@code random}, as 43 URL-safe base64 characters without padding. */
    public static String random256(RandomGenerator random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of {@code value}'s UTF-8 bytes, in lower-case hex. */
    public static String sha256Hex(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * A secret chosen by a person: {@code min} to {@code max} visible ASCII characters, so that it survives headers,
     * environment variables and copy and paste unchanged. Returns it; {@code what} names it in the error.
     */
    public static String chosen(String value, String what, int min, int max) {
        Objects.requireNonNull(value, "value");
        if (value.length() < min || value.length() > max) {
            throw new IllegalArgumentException(what + " must be " + min + " to " + max + " characters long");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c > '~') {
                throw new IllegalArgumentException(what + " may only contain visible ASCII characters");
            }
        }
        return value;
    }
}
