package dev.vigil.application.service;

import dev.vigil.application.port.in.account.ResumeSession;
import dev.vigil.application.port.out.AdminSessions;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.account.AdminSession;
import dev.vigil.domain.account.SessionToken;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Finds an active session by its token's hash; records its use at most once a minute. */
public final class ResumeSessionService implements ResumeSession {
    private final AdminSessions sessions;
    private final Transactions transactions;
    private final Clock clock;

    public ResumeSessionService(AdminSessions sessions, Transactions transactions, Clock clock) {
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<AdminSession> resume(String presentedToken) {
        SessionToken token;
        try {
            token = SessionToken.presented(presentedToken);
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<AdminSession> session = sessions.byId(token.id()).filter(s -> s.isActiveAt(now));
        if (session.isPresent() && session.get().lastSeenIsStale(now)) {
            AdminSession seen = session.get().seenAt(now);
            transactions.run(() -> sessions.save(seen));
            return Optional.of(seen);
        }
        return session;
    }
}
