package dev.vigil.domain.account;

import dev.vigil.domain.Secrets;
import static java.time.temporal.ChronoUnit.MILLIS;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A login to the admin UI, kept on the server: who, since when, when last used, and the token every form must carry
 * back (CSRF). It ends at logout, {@link #IDLE_TIMEOUT} after its last use, or {@link #LIFETIME} after the login.
 */
public final class AdminSession {
    public static final Duration IDLE_TIMEOUT = Duration.ofHours(2);
    public static final Duration LIFETIME = Duration.ofHours(12);
    /** How stale the last-use time may get before using the session records it again. */
    public static final Duration LAST_SEEN_RESOLUTION = Duration.ofMinutes(1);

    private final SessionId id;
    private final Username username;
    private final String csrfToken;
    private final Instant createdAt;
    private final Instant lastSeenAt;

    private AdminSession(SessionId id, Username username, String csrfToken, Instant createdAt, Instant lastSeenAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.username = Objects.requireNonNull(username, "username");
        this.csrfToken = Objects.requireNonNull(csrfToken, "csrfToken");
        if (csrfToken.length() < 32) {
            throw new IllegalArgumentException("csrf token must have at least 32 characters");
        }
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(MILLIS);
        this.lastSeenAt = Objects.requireNonNull(lastSeenAt, "lastSeenAt").truncatedTo(MILLIS);
        if (this.lastSeenAt.isBefore(this.createdAt)) {
            throw new IllegalArgumentException("last_seen_at must not be before created_at");
        }
    }

    /** A new session for the holder of {@code token}, with a fresh CSRF token. */
    public static AdminSession start(SessionToken token, Username username, RandomGenerator random, Instant now) {
        return new AdminSession(token.id(), username, Secrets.random256(random), now, now);
    }

    public static AdminSession restore(SessionId id, Username username, String csrfToken, Instant createdAt,
                                       Instant lastSeenAt) {
        return new AdminSession(id, username, csrfToken, createdAt, lastSeenAt);
    }

    /** True while the session may be used: not idle too long and not too old. */
    public boolean isActiveAt(Instant now) {
        return now.isBefore(lastSeenAt.plus(IDLE_TIMEOUT)) && now.isBefore(createdAt.plus(LIFETIME));
    }

    /** True when recording a use at {@code now} would move the last-use time by more than its resolution. */
    public boolean lastSeenIsStale(Instant now) {
        return lastSeenAt.plus(LAST_SEEN_RESOLUTION).isBefore(now);
    }

    public AdminSession seenAt(Instant now) {
        Instant t = now.truncatedTo(MILLIS);
        return new AdminSession(id, username, csrfToken, createdAt, t.isBefore(lastSeenAt) ? lastSeenAt : t);
    }

    public SessionId id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AdminSession other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "AdminSession[" + username + " since " + createdAt + "]";
    }
}
