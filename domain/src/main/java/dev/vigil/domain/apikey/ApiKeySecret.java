package dev.vigil.domain.apikey;

import dev.vigil.domain.Secrets;
import java.util.random.RandomGenerator;

/** The secret of an API key in clear: shown once when created, then only its hash is kept. */
public final class ApiKeySecret {
    public static final String PREFIX = "vgl_";
    public static final int MIN_LENGTH = 16;
    public static final int MAX_LENGTH = 256;

    private final String value;

    private ApiKeySecret(String value) {
        this.value = value;
    }

    /** A new 256-bit random secret, written {@code vgl_} followed by 43 URL-safe base64 characters. */
    public static ApiKeySecret generate(RandomGenerator random) {
        return new ApiKeySecret(PREFIX + Secrets.random256(random));
    }

    /** A secret given from outside (for example {@code VIGIL_ADMIN_KEY}): 16 to 256 visible ASCII characters. */
    public static ApiKeySecret of(String value) {
        return new ApiKeySecret(Secrets.chosen(value, "an API key", MIN_LENGTH, MAX_LENGTH));
    }

    /** The SHA-256 of the secret. */
    public SecretHash hash() {
        return new SecretHash(Secrets.sha256Hex(value));
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
