package dev.vigil.domain.account;

import dev.vigil.domain.Secrets;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** The secret a logged-in browser holds in its session cookie: 256 random bits. Vigil keeps only its SHA-256. */
public final class SessionToken {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");
    private final String value;

    private SessionToken(String value) {
        this.value = value;
    }

    public static SessionToken generate(RandomGenerator random) {
        return new SessionToken(Secrets.random256(random));
    }

    /** A token a browser presented; anything not shaped like one is refused. */
    public static SessionToken presented(String value) {
        Objects.requireNonNull(value, "token");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("session token is malformed");
        }
        return new SessionToken(value);
    }

    /** What the session is stored under: the token's SHA-256 in hex. */
    public SessionId id() {
        return new SessionId(Secrets.sha256Hex(value));
    }

    /** The token itself, for the cookie. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "SessionToken[hidden]";
    }
}
