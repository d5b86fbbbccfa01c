package dev.vigil.domain.webhook;

import dev.vigil.domain.Secrets;
import java.util.random.RandomGenerator;

/**
 * The shared secret a webhook's messages are signed with, so that receivers can tell them from forgeries. Vigil
 * needs it in clear to sign, so it keeps it; it shows it only once, when it generated it.
 */
public final class SigningSecret {
    public static final String PREFIX = "whsec_";
    public static final int MIN_LENGTH = 16;
    public static final int MAX_LENGTH = 256;

    private final String value;

    private SigningSecret(String value) {
        this.value = value;
    }

    /** A new 256-bit random secret: {@code whsec_} followed by 43 URL-safe base64 characters. */
    public static SigningSecret generate(RandomGenerator random) {
        return new SigningSecret(PREFIX + Secrets.random256(random));
    }

    /** A secret chosen by a person: 16 to 256 visible ASCII characters. */
    public static SigningSecret of(String value) {
        return new SigningSecret(Secrets.chosen(value, "secret", MIN_LENGTH, MAX_LENGTH));
    }

    /** The secret itself: for signing, and to be shown once to whoever had it generated; never logged. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SigningSecret other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "SigningSecret[hidden]";
    }
}
