package dev.vigil.adapters.probes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.domain.check.BodyRule;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.ExpectedStatus;
import dev.vigil.domain.check.HttpCheck;
import dev.vigil.domain.check.Verdict;
import dev.vigil.domain.outbound.OutboundPolicy;
import dev.vigil.domain.system.DependencyId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, part 4: checks against targets that misbehave below HTTP (a raw socket written here) each end within their
 * timeout, plus a small slack for a busy machine, with a down result and a reason a person understands, and the
 * probe lets go of the connection afterwards.
 */
class HostileTargetsTest {
    private static final DependencyId DEP = new DependencyId(9);
    private static final Duration TIMEOUT = Duration.ofMillis(1500);
    /** What a loaded 2-core machine may add to a timeout: scheduling, GC, the timer's own granularity. */
    private static final Duration SLACK = Duration.ofMillis(1000);

    private RawHostileServer server;
    private NetworkProbe probe;

    @BeforeEach
    void start() throws Exception {
        server = new RawHostileServer();
        probe = new NetworkProbe(OutboundPolicy.DEFAULT, "9.9.9", Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        probe.close();
        server.close();
    }

    private static HttpCheck check(String url, Optional<BodyRule> rule) {
        return new HttpCheck(URI.create(url), "GET", ExpectedStatus.DEFAULT, rule, Map.of(), "", TIMEOUT,
                Duration.ofSeconds(60), Optional.empty());
    }

    /** Runs the check, asserts it ended within the timeout, and returns the result. */
    private CheckResult runTimed(String path, Optional<BodyRule> rule) {
        long started = System.nanoTime();
        CheckResult result = probe.run(DEP, check(server.url(path), rule)).join();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("%s took %s", path, took).isLessThanOrEqualTo(TIMEOUT.plus(SLACK));
        assertThat(result.latency()).as("%s latency", path).isLessThanOrEqualTo(TIMEOUT.plus(SLACK));
        return result;
    }

    private void assertConnectionsReleased() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (server.openConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(server.openConnections()).as("connections the probe left open").isZero();
    }

    @Test
    void aTargetThatTricklesItsAnswerOneBytePerSecond_isDownAtTheTimeout() throws Exception {
        CheckResult result = runTimed(RawHostileServer.TRICKLE, Optional.empty());

        assertThat(result.verdict()).isEqualTo(Verdict.DOWN);
        assertThat(result.reason()).isEqualTo("no answer within 1500 ms");
        assertConnectionsReleased();
    }

    @Test
    void aTargetThatTricklesItsBody_isDownAtTheTimeout_eventhoughTheHeadersCameAtOnce() throws Exception {
        CheckResult result = runTimed(RawHostileServer.TRICKLE_BODY, Optional.empty());

        assertThat(result.verdict()).isEqualTo(Verdict.DOWN);
        assertThat(result.reason()).isEqualTo("no answer within 1500 ms");
        assertConnectionsReleased();
    }

    @Test
    void aTargetThatSendsHeadersForever_isDown_withoutReadingThemAll() throws Exception {
        CheckResult result = runTimed(RawHostileServer.ENDLESS_HEADERS, Optional.empty());

        assertThat(result.verdict()).isEqualTo(Verdict.DOWN);
        assertThat(result.reason()).isIn("no answer within 1500 ms",
                "the response headers from 127.0.0.1 are too large (over 384 KiB)");
        // The probe has stopped reading; the target goes on writing only until the kernel's socket buffers are full.
        long sent = server.endlessHeaderBytes();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        do {
            long before = sent;
            Thread.sleep(500);
            sent = server.endlessHeaderBytes();
            if (sent == before) {
                break;
            }
        } while (System.nanoTime() < deadline);
        Thread.sleep(500);
        assertThat(server.endlessHeaderBytes()).as("header bytes still being written after the check").isEqualTo(sent);
        assertThat(sent).as("header bytes the target got rid of (read or buffered)").isLessThan(32L * 1024 * 1024);
        if (Runtime.version().feature() >= 25) {
            assertConnectionsReleased();
        } else {
            // JDK 17's HttpClient stops reading at its 384 KiB header limit but never closes the connection, so it
            // stays open until the target gives up (docs/reliability.md, "Hostile targets"). JDK 25 closes it. What
            // Vigil can promise on 17: one such connection per run, no more.
            Thread.sleep(1000);
            assertThat(server.openConnections()).as("connections left open by one run").isLessThanOrEqualTo(1);
        }
    }

    @Test
    void laterRunsAgainstEndlessHeaders_readThemOnASocketOfTheirOwn_andLeaveNothingOpen() throws Exception {
        runTimed(RawHostileServer.ENDLESS_HEADERS, Optional.empty());
        Thread.sleep(500);
        int afterFirst = server.openConnections();

        for (int i = 0; i < 3; i++) {
            CheckResult again = runTimed(RawHostileServer.ENDLESS_HEADERS, Optional.empty());
            assertThat(again.verdict()).isEqualTo(Verdict.DOWN);
            assertThat(again.reason()).isEqualTo("the response headers from 127.0.0.1 are too large (over 384 KiB)");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (server.openConnections() > afterFirst && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(server.openConnections()).as("connections left open by three more runs").isEqualTo(afterFirst);
        assertThat(server.accepted()).isEqualTo(4);

        server.recoverEndlessHeaders();
        CheckResult fixed = runTimed(RawHostileServer.ENDLESS_HEADERS, Optional.empty());
        CheckResult stillFixed = runTimed(RawHostileServer.ENDLESS_HEADERS, Optional.empty());

        assertThat(fixed.verdict()).isEqualTo(Verdict.UP);
        assertThat(stillFixed.verdict()).isEqualTo(Verdict.UP);
        assertThat(server.accepted()).as("a recovered target is asked twice once, then once a run").isEqualTo(7);
    }

    @Test
    void aTargetThatAcceptsAndNeverAnswers_isDownAtTheTimeout_andTheConnectionIsClosed() throws Exception {
        CheckResult result = runTimed(RawHostileServer.SILENT, Optional.empty());

        assertThat(result.verdict()).isEqualTo(Verdict.DOWN);
        assertThat(result.reason()).isEqualTo("no answer within 1500 ms");
        assertConnectionsReleased();
    }

    @Test
    void aTargetThatRedirectsForever_isDownAfterTenHops() throws Exception {
        CheckResult result = runTimed(RawHostileServer.REDIRECT_FOREVER, Optional.empty());

        assertThat(result.verdict()).isEqualTo(Verdict.DOWN);
        assertThat(result.statusCode()).contains(302);
        assertThat(result.reason()).isEqualTo("more than 10 redirects (a redirect loop?), last to /redirect-forever/11");
        assertThat(server.accepted()).isEqualTo(11);
        assertConnectionsReleased();
    }

    @Test
    void aRedirectLoopBetweenTwoPaths_isDownAfterTenHops() throws Exception {
        CheckResult result = runTimed(RawHostileServer.REDIRECT_LOOP, Optional.empty());

        assertThat(result.verdict()).isEqualTo(Verdict.DOWN);
        assertThat(result.reason()).startsWith("more than 10 redirects (a redirect loop?), last to ");
        assertConnectionsReleased();
    }

    @Test
    void slowRedirects_shareOneTimeout_insteadOfEachHopGettingItsOwn() throws Exception {
        // Each hop takes 400 ms: ten of them would take 4 s, well past the 1.5 s of the check.
        CheckResult result = runTimed(RawHostileServer.SLOW_REDIRECTS, Optional.empty());

        assertThat(result.verdict()).isEqualTo(Verdict.DOWN);
        assertThat(result.reason()).isEqualTo("no answer within 1500 ms");
        assertThat(server.accepted()).isBetween(2L, 6L);
        assertConnectionsReleased();
    }

    @Test
    void aBodyThatNeverEnds_isReadToOneMebibyte_thenLetGo() throws Exception {
        CheckResult plain = runTimed(RawHostileServer.ENDLESS_BODY, Optional.empty());
        CheckResult withRule = runTimed(RawHostileServer.ENDLESS_BODY, Optional.of(new BodyRule.Contains("\"status\":\"ok\"")));

        assertThat(plain.verdict()).as("a 200 with a body too long to read is still a 200").isEqualTo(Verdict.UP);
        assertThat(withRule.verdict()).isEqualTo(Verdict.DOWN);
        assertThat(withRule.reason()).isEqualTo("body does not contain '\"status\":\"ok\"' (only the first 1 MiB was read)");
        assertConnectionsReleased();
    }
}
