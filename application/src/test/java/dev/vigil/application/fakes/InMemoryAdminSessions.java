package dev.vigil.application.fakes;

import dev.vigil.application.port.out.AdminSessions;
import dev.vigil.domain.account.AdminSession;
import dev.vigil.domain.account.SessionId;
import dev.vigil.domain.account.Username;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sessions in a map; like the database's foreign key, a session's account must be stored. */
public final class InMemoryAdminSessions implements AdminSessions {
    private final InMemoryAdminAccounts accounts;
    private final Map<SessionId, AdminSession> sessions = new HashMap<>();

    public InMemoryAdminSessions(InMemoryAdminAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public synchronized void save(AdminSession session) {
        if (accounts.byUsername(session.username()).isEmpty()) {
            throw new IllegalStateException("account " + session.username() + " is not stored");
        }
        sessions.put(session.id(), session);
    }

    @Override
    public synchronized Optional<AdminSession> byId(SessionId id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public synchronized void delete(SessionId id) {
        sessions.remove(id);
    }

    @Override
    public synchronized void deleteOf(Username username) {
        sessions.values().removeIf(s -> s.username().equals(username));
    }

    @Override
    public synchronized void deleteInactive(Instant startedUpTo, Instant seenUpTo) {
        sessions.values().removeIf(s -> !s.createdAt().isAfter(startedUpTo) || !s.lastSeenAt().isAfter(seenUpTo));
    }

    public synchronized List<AdminSession> all() {
        return List.copyOf(sessions.values());
    }
}
