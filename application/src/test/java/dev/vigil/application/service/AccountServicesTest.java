package dev.vigil.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.account.LogInCommand;
import dev.vigil.application.port.in.account.LoginOutcome;
import dev.vigil.domain.account.AdminSession;
import dev.vigil.domain.account.Password;
import dev.vigil.domain.account.Username;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountServicesTest {
    private final InMemoryVigil vigil = new InMemoryVigil();

    private LoginOutcome attempt(String username, String password) {
        return vigil.logIn.logIn(new LogInCommand(username, Password.attempt(password)));
    }

    private Password provisionGenerated() {
        return vigil.provisionAdminUser.provision(Optional.empty()).orElseThrow();
    }

    @Test
    void firstStart_withoutAPassword_generatesOne_storesOnlyItsHash_andLaterStartsPrintNothing() {
        Password generated = provisionGenerated();

        var account = vigil.adminAccounts.byUsername(Username.ADMIN).orElseThrow();
        assertThat(account.passwordHash().encoded()).doesNotContain(generated.reveal());
        assertThat(vigil.passwordHasher.matches(generated, account.passwordHash())).isTrue();
        assertThat(vigil.provisionAdminUser.provision(Optional.empty())).isEmpty();
        assertThat(vigil.adminAccounts.byUsername(Username.ADMIN).orElseThrow().passwordHash())
                .isEqualTo(account.passwordHash());
    }

    @Test
    void anEnvironmentPassword_isSet_keptWhileUnchanged_andAChangeEndsEverySession() {
        assertThat(vigil.provisionAdminUser.provision(Optional.of(Password.chosen("first password!", "p")))).isEmpty();
        var first = vigil.adminAccounts.byUsername(Username.ADMIN).orElseThrow().passwordHash();
        var session = (LoginOutcome.LoggedIn) attempt("admin", "first password!");

        vigil.provisionAdminUser.provision(Optional.of(Password.chosen("first password!", "p")));
        assertThat(vigil.adminAccounts.byUsername(Username.ADMIN).orElseThrow().passwordHash()).isEqualTo(first);
        assertThat(vigil.resumeSession.resume(session.token().reveal())).isPresent();

        vigil.provisionAdminUser.provision(Optional.of(Password.chosen("second password", "p")));

        assertThat(vigil.resumeSession.resume(session.token().reveal())).isEmpty();
        assertThat(attempt("admin", "first password!")).isInstanceOf(LoginOutcome.Refused.class);
        assertThat(attempt("admin", "second password")).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void theRightPassword_startsASession_thatTheCookieTokenResumes() {
        Password password = provisionGenerated();

        var outcome = attempt(" Admin ", password.reveal());

        assertThat(outcome).isInstanceOf(LoginOutcome.LoggedIn.class);
        var loggedIn = (LoginOutcome.LoggedIn) outcome;
        assertThat(vigil.adminSessions.all()).hasSize(1);
        assertThat(vigil.adminSessions.all().get(0).id().hex()).doesNotContain(loggedIn.token().reveal());
        assertThat(vigil.resumeSession.resume(loggedIn.token().reveal())).contains(loggedIn.session());
        assertThat(vigil.resumeSession.resume("x".repeat(43))).isEmpty();
        assertThat(vigil.resumeSession.resume(null)).isEmpty();
        assertThat(vigil.loginThrottles.of(Username.ADMIN)).isEmpty();
    }

    @Test
    void aWrongPasswordOrUsername_isRefusedTheSameWay_andStillCostsAHash() {
        provisionGenerated();
        int before = vigil.passwordHasher.checks();

        assertThat(attempt("admin", "wrong")).isEqualTo(new LoginOutcome.Refused());
        assertThat(attempt("root", "wrong")).isEqualTo(new LoginOutcome.Refused());
        assertThat(attempt("not a username!", "wrong")).isEqualTo(new LoginOutcome.Refused());

        assertThat(vigil.passwordHasher.checks() - before).isEqualTo(3);
        assertThat(vigil.adminSessions.all()).isEmpty();
    }

    @Test
    void repeatedWrongPasswords_areSlowedDown_withoutCheckingThePassword() {
        Password password = provisionGenerated();
        for (int i = 0; i < 3; i++) {
            assertThat(attempt("admin", "guess " + i)).isInstanceOf(LoginOutcome.Refused.class);
        }
        int checks = vigil.passwordHasher.checks();

        var throttled = attempt("admin", password.reveal());

        assertThat(throttled).isEqualTo(new LoginOutcome.Throttled(Duration.ofSeconds(1)));
        assertThat(vigil.passwordHasher.checks()).as("a throttled attempt is not checked").isEqualTo(checks);
        vigil.clock.advance(Duration.ofSeconds(1));
        assertThat(attempt("admin", "guess 3")).isInstanceOf(LoginOutcome.Refused.class);
        assertThat(attempt("admin", "guess 4")).isEqualTo(new LoginOutcome.Throttled(Duration.ofSeconds(2)));
        vigil.clock.advance(Duration.ofSeconds(2));
        assertThat(attempt("admin", password.reveal())).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(vigil.loginThrottles.of(Username.ADMIN)).as("a success forgets the failures").isEmpty();
    }

    @Test
    void theWaitGrowsToAMinute_andFailuresAreForgottenAfterAnHour() {
        provisionGenerated();
        for (int i = 0; i < 12; i++) {
            attempt("admin", "guess");
            vigil.clock.advance(Duration.ofMinutes(1));
        }
        vigil.clock.advance(Duration.ofSeconds(-59));

        assertThat(attempt("admin", "guess")).isEqualTo(new LoginOutcome.Throttled(Duration.ofSeconds(59)));

        vigil.clock.advance(Duration.ofMinutes(61));
        assertThat(attempt("admin", "guess")).isInstanceOf(LoginOutcome.Refused.class);
        assertThat(vigil.loginThrottles.of(Username.ADMIN).orElseThrow().failures()).isEqualTo(1);
    }

    @Test
    void sessions_endAfterTwoIdleHours_recordUseAtMostOncePerMinute_andLoggingInSweepsExpiredOnes() {
        Password password = provisionGenerated();
        var old = (LoginOutcome.LoggedIn) attempt("admin", password.reveal());
        int writes = vigil.transactions.started();

        vigil.clock.advance(Duration.ofSeconds(30));
        vigil.resumeSession.resume(old.token().reveal());
        assertThat(vigil.transactions.started()).isEqualTo(writes);
        vigil.clock.advance(Duration.ofSeconds(31));
        assertThat(vigil.resumeSession.resume(old.token().reveal()).map(AdminSession::lastSeenAt)).contains(vigil.clock.instant());
        assertThat(vigil.transactions.started()).isEqualTo(writes + 1);

        vigil.clock.advance(AdminSession.IDLE_TIMEOUT);
        assertThat(vigil.resumeSession.resume(old.token().reveal())).isEmpty();
        attempt("admin", password.reveal());
        assertThat(vigil.adminSessions.all()).hasSize(1).noneMatch(s -> s.id().equals(old.session().id()));
    }

    @Test
    void logOut_endsTheSessionAtOnce_andIgnoresUnknownTokens() {
        Password password = provisionGenerated();
        var in = (LoginOutcome.LoggedIn) attempt("admin", password.reveal());

        vigil.logOut.logOut(in.token().reveal());
        vigil.logOut.logOut("garbage");
        vigil.logOut.logOut(null);

        assertThat(vigil.resumeSession.resume(in.token().reveal())).isEmpty();
        assertThat(vigil.adminSessions.all()).isEmpty();
    }
}
