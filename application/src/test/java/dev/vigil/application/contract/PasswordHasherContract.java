package dev.vigil.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.port.out.PasswordHasher;
import dev.vigil.domain.account.Password;
import dev.vigil.domain.account.PasswordHash;
import org.junit.jupiter.api.Test;

/** What every {@link PasswordHasher} must do. */
public abstract class PasswordHasherContract {
    protected abstract PasswordHasher hasher();

    @Test
    void theRightPassword_matches_andAnyOtherDoesNot() {
        PasswordHash hash = hasher().hash(Password.attempt("correct horse battery staple"));

        assertThat(hasher().matches(Password.attempt("correct horse battery staple"), hash)).isTrue();
        assertThat(hasher().matches(Password.attempt("correct horse battery stapl"), hash)).isFalse();
        assertThat(hasher().matches(Password.attempt("Correct horse battery staple"), hash)).isFalse();
        assertThat(hasher().matches(Password.attempt(""), hash)).isFalse();
    }

    @Test
    void hashesAreSalted_andDoNotContainThePassword() {
        PasswordHash one = hasher().hash(Password.attempt("same password"));
        PasswordHash two = hasher().hash(Password.attempt("same password"));

        assertThat(one).isNotEqualTo(two);
        assertThat(one.encoded()).doesNotContain("same password");
        assertThat(hasher().matches(Password.attempt("same password"), two)).isTrue();
    }

    @Test
    void unicodePasswords_work() {
        PasswordHash hash = hasher().hash(Password.attempt("pässwörd ✓ 密码"));

        assertThat(hasher().matches(Password.attempt("pässwörd ✓ 密码"), hash)).isTrue();
        assertThat(hasher().matches(Password.attempt("passwort ✓ 密码"), hash)).isFalse();
    }

    @Test
    void aHashOfAnotherFormat_matchesNothing() {
        assertThat(hasher().matches(Password.attempt("x"), new PasswordHash("md5$abc"))).isFalse();
    }
}
