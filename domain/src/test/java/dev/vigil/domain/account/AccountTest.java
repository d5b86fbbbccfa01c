package dev.vigil.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void username_typed_ignoresCaseAndBlanks_andRefusesOtherShapes() {
        assertThat(Username.typed("  Admin ")).isEqualTo(Username.ADMIN);
        assertThatThrownBy(() -> Username.typed("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Username.typed("ad min")).hasMessageStartingWith("username must be");
        assertThatThrownBy(() -> new Username("a".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "elevenchars"})
    void chosenPassword_needsTwelveCharacters(String value) {
        assertThatThrownBy(() -> Password.chosen(value, "VIGIL_ADMIN_PASSWORD"))
                .hasMessage("VIGIL_ADMIN_PASSWORD must be 12 to 1024 characters long");
    }

    @Test
    void chosenPassword_refusesControlCharacters_andOverlongValues() {
        assertThat(Password.chosen("twelve chars", "p").reveal()).isEqualTo("twelve chars");
        assertThatThrownBy(() -> Password.chosen("twelve\nchars!", "p")).hasMessage("p must not contain control characters");
        assertThatThrownBy(() -> Password.chosen("x".repeat(1025), "p")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAttempt_mayBeAnything_upTo1024Characters() {
        assertThat(Password.attempt("").reveal()).isEmpty();
        assertThat(Password.attempt("x".repeat(1024)).reveal()).hasSize(1024);
        assertThatThrownBy(() -> Password.attempt("x".repeat(1025))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatedPasswords_areLong_unambiguous_andDifferent() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String p = Password.generate(RANDOM).reveal();
            assertThat(p).hasSize(24).doesNotContainPattern("[0O1lI]").matches("[A-Za-z2-9]+");
            seen.add(p);
        }
        assertThat(seen).hasSize(50);
        assertThat(Password.generate(RANDOM).toString()).isEqualTo("Password[hidden]");
        assertThat(new PasswordHash("pbkdf2$1$a$b").toString()).isEqualTo("PasswordHash[hidden]");
    }

    @ParameterizedTest(name = "{0} failures -> wait {1} s")
    @CsvSource({"0, 0", "1, 0", "2, 0", "3, 1", "4, 2", "5, 4", "6, 8", "8, 32", "9, 60", "50, 60"})
    void throttle_letsTypoesPass_thenDoublesTheWait_upToAMinute(int failures, long seconds) {
        LoginThrottle throttle = new LoginThrottle(Username.ADMIN, failures, T0);

        assertThat(throttle.delay()).isEqualTo(Duration.ofSeconds(seconds));
        assertThat(throttle.retryAfter(T0)).isEqualTo(Duration.ofSeconds(seconds));
        assertThat(throttle.retryAfter(T0.plusSeconds(seconds))).isZero();
    }

    @Test
    void throttle_countsFailures_andForgetsThemAfterAnHour() {
        LoginThrottle throttle = LoginThrottle.clean(Username.ADMIN, T0);
        for (int i = 0; i < 4; i++) {
            throttle = throttle.failedAgain(T0.plusSeconds(i));
        }

        assertThat(throttle.failures()).isEqualTo(4);
        assertThat(throttle.retryAfter(T0.plusSeconds(4))).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.at(T0.plusSeconds(3600))).isEqualTo(throttle);
        assertThat(throttle.at(T0.plusSeconds(3604)).failures()).isZero();
    }

    @Test
    void sessionToken_isStoredOnlyAsItsHash_andMalformedTokensAreRefused() {
        SessionToken token = SessionToken.generate(RANDOM);

        assertThat(token.reveal()).matches("[A-Za-z0-9_-]{43}");
        assertThat(token.id()).isEqualTo(SessionToken.presented(token.reveal()).id());
        assertThat(token.id().hex()).doesNotContain(token.reveal()).hasSize(64);
        assertThat(SessionToken.generate(RANDOM).id()).isNotEqualTo(token.id());
        assertThatThrownBy(() -> SessionToken.presented("not a token")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SessionToken.presented(token.reveal() + "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(token.toString()).isEqualTo("SessionToken[hidden]");
    }

    @Test
    void session_endsAfterTwoIdleHours_orTwelveHoursAfterLogin() {
        AdminSession session = AdminSession.start(SessionToken.generate(RANDOM), Username.ADMIN, RANDOM, T0);

        assertThat(session.isActiveAt(T0.plus(Duration.ofMinutes(119)))).isTrue();
        assertThat(session.isActiveAt(T0.plus(Duration.ofHours(2)))).isFalse();
        AdminSession busy = session;
        for (int hour = 1; hour < 12; hour++) {
            busy = busy.seenAt(T0.plus(Duration.ofHours(hour)));
        }
        assertThat(busy.isActiveAt(T0.plus(Duration.ofMinutes(11 * 60 + 59)))).isTrue();
        assertThat(busy.isActiveAt(T0.plus(Duration.ofHours(12)))).isFalse();
        assertThat(session.csrfToken()).hasSizeGreaterThanOrEqualTo(43)
                .isNotEqualTo(AdminSession.start(SessionToken.generate(RANDOM), Username.ADMIN, RANDOM, T0).csrfToken());
    }

    @Test
    void session_recordsItsUseAtMostOncePerMinute() {
        AdminSession session = AdminSession.start(SessionToken.generate(RANDOM), Username.ADMIN, RANDOM, T0);

        assertThat(session.lastSeenIsStale(T0.plusSeconds(60))).isFalse();
        assertThat(session.lastSeenIsStale(T0.plusSeconds(61))).isTrue();
        assertThat(session.seenAt(T0.plusSeconds(61)).lastSeenAt()).isEqualTo(T0.plusSeconds(61));
        assertThat(session.seenAt(T0.minusSeconds(5)).lastSeenAt()).isEqualTo(T0);
    }
}
