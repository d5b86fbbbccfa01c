package dev.vigil.application.port.in.account;

import dev.vigil.domain.account.AdminSession;
import dev.vigil.domain.account.SessionToken;
import java.time.Duration;
import java.util.Objects;

/** What a login attempt came to: a session, a refusal that does not say which part was wrong, or a wait. */
public sealed interface LoginOutcome {

    /** The password was right: the session and the token for the browser's cookie (shown to it only). */
    record LoggedIn(AdminSession session, SessionToken token) implements LoginOutcome {
        public LoggedIn {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(token, "token");
        }
    }

    /** Wrong username or password. */
    record Refused() implements LoginOutcome {
    }

    /** Too many wrong passwords lately: the attempt was not even checked; try again after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements LoginOutcome {
        public Throttled {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }
}
