package dev.vigil.application.port.in.account;

/** Ends the session a token belongs to, at once and for good (nothing happens for an unknown token). */
public interface LogOut {
    void logOut(String presentedToken);
}
