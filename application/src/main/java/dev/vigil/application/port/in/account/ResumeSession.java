package dev.vigil.application.port.in.account;

import dev.vigil.domain.account.AdminSession;
import java.util.Optional;

/** The session a browser's cookie token belongs to, while it is active; recording its use. */
public interface ResumeSession {
    Optional<AdminSession> resume(String presentedToken);
}
