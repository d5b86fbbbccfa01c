package dev.vigil.domain.account;

import static java.time.temporal.ChronoUnit.MILLIS;

import java.time.Instant;
import java.util.Objects;

/** Someone who may log in to the admin UI: a username and the hash of a password. */
public final class AdminAccount {
    private final Username username;
    private final PasswordHash passwordHash;
    private final Instant createdAt;
    private final Instant updatedAt;

    private AdminAccount(Username username, PasswordHash passwordHash, Instant createdAt, Instant updatedAt) {
        this.username = Objects.requireNonNull(username, "username");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(MILLIS);
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt").truncatedTo(MILLIS);
        if (this.updatedAt.isBefore(this.createdAt)) {
            throw new IllegalArgumentException("updated_at must not be before created_at");
        }
    }

    public static AdminAccount create(Username username, PasswordHash passwordHash, Instant now) {
        return new AdminAccount(username, passwordHash, now, now);
    }

    public static AdminAccount restore(Username username, PasswordHash passwordHash, Instant createdAt, Instant updatedAt) {
        return new AdminAccount(username, passwordHash, createdAt, updatedAt);
    }

    /** The same account with another password. */
    public AdminAccount withPassword(PasswordHash newHash, Instant now) {
        Instant t = now.truncatedTo(MILLIS);
        return new AdminAccount(username, newHash, createdAt, t.isBefore(createdAt) ? createdAt : t);
    }

    public Username username() {
        return username;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AdminAccount other && username.equals(other.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "AdminAccount[" + username + "]";
    }
}
