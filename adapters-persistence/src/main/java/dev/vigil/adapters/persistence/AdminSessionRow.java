package dev.vigil.adapters.persistence;

import dev.vigil.domain.account.AdminSession;
import dev.vigil.domain.account.SessionId;
import dev.vigil.domain.account.Username;

/** A row of the {@code admin_sessions} table. */
public record AdminSessionRow(String id, String username, String csrfToken, long createdAt, long lastSeenAt) {

    static AdminSessionRow of(AdminSession s) {
        return new AdminSessionRow(s.id().hex(), s.username().value(), s.csrfToken(), Columns.millis(s.createdAt()),
                Columns.millis(s.lastSeenAt()));
    }

    AdminSession toDomain() {
        return AdminSession.restore(new SessionId(id), new Username(username), csrfToken, Columns.instant(createdAt),
                Columns.instant(lastSeenAt));
    }
}
