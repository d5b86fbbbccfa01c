package dev.vigil.application.port.out;

import java.util.Optional;

/** Tells whether a user's regular expression compiles in the linear-time engine the probes use. */
public interface RegexSyntax {
    /** Why {@code pattern} is not valid, or empty when it is. */
    Optional<String> problem(String pattern);
}
