package dev.vigil.application.port.out;

import dev.vigil.domain.account.AdminSession;
import dev.vigil.domain.account.SessionId;
import dev.vigil.domain.account.Username;
import java.time.Instant;
import java.util.Optional;

/** Where admin sessions are kept, under the hash of their token. */
public interface AdminSessions {
    /** Stores a new session or replaces the stored state of the one with the same id; its account must exist. */
    void save(AdminSession session);

    Optional<AdminSession> byId(SessionId id);

    void delete(SessionId id);

    /** Ends every session of one account (its password changed). */
    void deleteOf(Username username);

    /** Removes sessions created at or before {@code startedUpTo}, or last used at or before {@code seenUpTo}. */
    void deleteInactive(Instant startedUpTo, Instant seenUpTo);
}
