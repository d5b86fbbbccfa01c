package dev.vigil.application.port.in.account;

import dev.vigil.domain.account.Password;
import java.util.Objects;

/** A login attempt: the username as typed and the password tried. */
public record LogInCommand(String username, Password password) {
    public LogInCommand {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }
}
