package dev.vigil.application.port.in.account;

/** Checks a username and password and, when they are right, starts a session. */
public interface LogIn {
    LoginOutcome logIn(LogInCommand command);
}
