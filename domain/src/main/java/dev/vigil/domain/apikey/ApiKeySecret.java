package dev.vigil.domain.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** The secret of an API key in clear: shown once when created, then only its hash is kept. */
public final class ApiKeySecret {
    public static final String PREFIX = "vgl_";
    public static final int MIN_LENGTH = 16;
    public static final int MAX_LENGTH = 256;
    private static final int RANDOM_BYTES = 32;

    private final String value;

    private ApiKeySecret(String value) {
        this.value = value;
    }

    /** A new 256-bit random secret, written {@code vgl_} followed by 43 URL-safe base64 characters. */
    public static ApiKeySecret generate(RandomGenerator random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new ApiKeySecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** A secret given from outside (for example {@code VIGIL_ADMIN_KEY}): 16 to 256 visible ASCII characters. */
    public static ApiKeySecret of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an API key must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c > '~') {
                throw new IllegalArgumentException("an API key may only contain visible ASCII characters");
            }
        }
        return new ApiKeySecret(value);
    }

    /** The SHA-256 of the secret. */
    public SecretHash hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return new SecretHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The first characters of a generated secret, enough to tell keys apart in a list; empty for secrets given from outside. */
    public String hint() {
        return value.startsWith(PREFIX) && value.length() > PREFIX.length() + 4
                ? value.substring(0, PREFIX.length() + 4)
                : "";
    }

    /** The secret itself: to be shown once to the person who created it, never logged or stored. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "ApiKeySecret[hidden]";
    }
}
