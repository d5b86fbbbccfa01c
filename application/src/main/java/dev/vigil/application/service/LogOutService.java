package dev.vigil.application.service;

import dev.vigil.application.port.in.account.LogOut;
import dev.vigil.application.port.out.AdminSessions;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.account.SessionToken;

/** Deletes the session a token belongs to. */
public final class LogOutService implements LogOut {
    private final AdminSessions sessions;
    private final Transactions transactions;

    public LogOutService(AdminSessions sessions, Transactions transactions) {
        this.sessions = sessions;
        this.transactions = transactions;
    }

    @Override
    public void logOut(String presentedToken) {
        SessionToken token;
        try {
            token = SessionToken.presented(presentedToken);
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return;
        }
        transactions.run(() -> sessions.delete(token.id()));
    }
}
