package dev.vigil.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.domain.account.Password;
import dev.vigil.domain.account.PasswordHash;
import org.junit.jupiter.api.Test;

class Pbkdf2PasswordHasherTest {

    @Test
    void byDefault_hashesWith600000IterationsOfPbkdf2Sha256() {
        PasswordHash hash = new Pbkdf2PasswordHasher().hash(Password.attempt("a long enough password"));

        assertThat(hash.encoded()).matches("pbkdf2-sha256\\$600000\\$[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=");
        assertThat(new Pbkdf2PasswordHasher(1).matches(Password.attempt("a long enough password"), hash))
                .as("the iteration count travels with the hash").isTrue();
    }

    @Test
    void aTamperedHash_matchesNothing() {
        Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(10);
        String good = hasher.hash(Password.attempt("secret")).encoded();

        assertThat(hasher.matches(Password.attempt("secret"), new PasswordHash(good.replace("$10$", "$11$")))).isFalse();
        assertThat(hasher.matches(Password.attempt("secret"), new PasswordHash(good.replace("$10$", "$99999999$"))))
                .as("an absurd work factor is refused, not computed").isFalse();
        assertThatThrownBy(() -> new Pbkdf2PasswordHasher(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
