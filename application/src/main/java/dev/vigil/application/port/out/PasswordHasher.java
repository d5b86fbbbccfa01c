package dev.vigil.application.port.out;

import dev.vigil.domain.account.Password;
import dev.vigil.domain.account.PasswordHash;

/** Turns passwords into slow salted hashes and checks attempts against them in constant time. */
public interface PasswordHasher {
    /** A new hash with a fresh salt: hashing the same password twice gives different hashes. */
    PasswordHash hash(Password password);

    /** True when {@code attempt} is the password {@code hash} was made from. */
    boolean matches(Password attempt, PasswordHash hash);
}
