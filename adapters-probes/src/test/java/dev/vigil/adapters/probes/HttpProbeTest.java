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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP probe against loopback servers that misbehave; timing margins are generous for a busy machine. */
class HttpProbeTest {
    private static final DependencyId DEP = new DependencyId(1);
    private HostileTargets targets;
    private NetworkProbe probe;

    @BeforeEach
    void start() throws Exception {
        targets = new HostileTargets();
        probe = new NetworkProbe(OutboundPolicy.DEFAULT, "1.2.3", Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        probe.close();
        targets.close();
    }

    private static HttpCheck check(String url, Duration timeout, Optional<BodyRule> rule) {
        return new HttpCheck(URI.create(url), "GET", ExpectedStatus.DEFAULT, rule, Map.of(), "", timeout,
                Duration.ofSeconds(60), Optional.empty());
    }

    private CheckResult run(String url) {
        return run(check(url, Duration.ofSeconds(5), Optional.empty()));
    }

    private CheckResult run(HttpCheck check) {
        return probe.run(DEP, check).join();
    }

    @Test
    void aHealthyEndpoint_isUp_withStatusAndLatency_andOurUserAgent() {
        CheckResult result = run(check(targets.url("/echo"), Duration.ofSeconds(5), Optional.empty()));

        assertThat(result.verdict()).isEqualTo(Verdict.UP);
        assertThat(result.statusCode()).contains(200);
        assertThat(result.reason()).isEmpty();
        assertThat(result.dependency()).isEqualTo(DEP);
        assertThat(targets.seenHeaders.get("/echo").get("User-agent")).containsExactly("Vigil-HealthCheck/1.2.3");
    }

    @Test
    void methodHeadersAndBody_areSent() {
        HttpCheck post = new HttpCheck(URI.create(targets.url("/echo")), "POST", ExpectedStatus.DEFAULT, Optional.empty(),
                Map.of("Authorization", "Bearer s3cret"), "{\"ping\":1}", Duration.ofSeconds(5), Duration.ofSeconds(60),
                Optional.empty());

        assertThat(run(post).verdict()).isEqualTo(Verdict.UP);
        assertThat(targets.seenHeaders.get("/echo").get("Authorization")).containsExactly("Bearer s3cret");
        assertThat(targets.seenHeaders.get("/echo").get("Content-type")).containsExactly("application/json");
        assertThat(targets.seenBodies.get("/echo")).isEqualTo("{\"ping\":1}");
    }

    @Test
    void a500_isDown_sayingWhatWasExpected() {
        CheckResult result = run(targets.url("/500"));

        assertThat(result.verdict()).isEqualTo(Verdict.DOWN);
        assertThat(result.statusCode()).contains(500);
        assertThat(result.reason()).isEqualTo("HTTP 500 (expected 2xx)");
    }

    @Test
    void aSlowTarget_isDownAtTheTimeout_notWhenItFinallyAnswers() {
        long started = System.nanoTime();

        CheckResult result = run(check(targets.url("/slow"), Duration.ofMillis(700), Optional.empty()));

        assertThat(result.verdict()).isEqualTo(Verdict.DOWN);
        assertThat(result.reason()).isEqualTo("no answer within 700 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void aHangingTarget_thatNeverAnswers_isDownAtTheTimeout() throws Exception {
        CheckResult result = run(check("http://127.0.0.1:" + targets.silentPort() + "/", Duration.ofMillis(700), Optional.empty()));

        assertThat(result.verdict()).isEqualTo(Verdict.DOWN);
        assertThat(result.reason()).isEqualTo("no answer within 700 ms");
    }

    @Test
    void aBodyThatNeverEnds_isDownAtTheTimeout() {
        CheckResult result = run(check(targets.url("/hanging-body"), Duration.ofMillis(700), Optional.empty()));

        assertThat(result.verdict()).isEqualTo(Verdict.DOWN);
        assertThat(result.reason()).isEqualTo("no answer within 700 ms");
    }

    @Test
    void aSlowOrHangingTarget_doesNotDelayAnother() throws Exception {
        CompletableFuture<CheckResult> hanging = probe.run(DEP,
                check("http://127.0.0.1:" + targets.silentPort() + "/", Duration.ofSeconds(20), Optional.empty()));
        CompletableFuture<CheckResult> slow = probe.run(DEP, check(targets.url("/slow"), Duration.ofSeconds(20), Optional.empty()));
        long started = System.nanoTime();

        CheckResult fast = probe.run(new DependencyId(2), check(targets.url("/ok"), Duration.ofSeconds(5), Optional.empty())).join();

        assertThat(fast.verdict()).isEqualTo(Verdict.UP);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
        assertThat(hanging).isNotDone();
        assertThat(slow.join().verdict()).isEqualTo(Verdict.UP);
        assertThat(hanging).isNotDone();
    }

    @Test
    void aRedirect_isFollowed_butALoopStopsAfterTenHops() {
        assertThat(run(targets.url("/moved")).verdict()).isEqualTo(Verdict.UP);

        CheckResult loop = run(targets.url("/loop"));

        assertThat(loop.verdict()).isEqualTo(Verdict.DOWN);
        assertThat(loop.statusCode()).contains(302);
        assertThat(loop.reason()).startsWith("more than 10 redirects (a redirect loop?), last to /loop");
    }

    @Test
    void aRedirectToTheMetadataService_isRefusedByTheOutboundPolicy() {
        CheckResult result = run(targets.url("/to-metadata"));

        assertThat(result.verdict()).isEqualTo(Verdict.DOWN);
        assertThat(result.reason()).isEqualTo("refused by the outbound policy: 169.254.169.254 is a link-local or "
                + "cloud-metadata address (169.254.0.0/16)");
    }

    @Test
    void aHugeBody_isReadOnlyToOneMebibyte() {
        assertThat(run(targets.url("/huge")).verdict()).isEqualTo(Verdict.UP);

        CheckResult result = run(check(targets.url("/huge"), Duration.ofSeconds(5), Optional.of(new BodyRule.Contains("END"))));

        assertThat(result.verdict()).isEqualTo(Verdict.DOWN);
        assertThat(result.reason()).isEqualTo("body does not contain 'END' (only the first 1 MiB was read)");
    }

    @Test
    void jsonRules_judgeTheField_andWrongJsonIsDown() {
        assertThat(run(check(targets.url("/ok"), Duration.ofSeconds(5),
                Optional.of(new BodyRule.JsonFieldEquals("checks.db", "up")))).verdict()).isEqualTo(Verdict.UP);
        assertThat(run(check(targets.url("/ok"), Duration.ofSeconds(5),
                Optional.of(new BodyRule.JsonFieldEquals("n", "3")))).verdict()).isEqualTo(Verdict.UP);

        CheckResult wrongValue = run(check(targets.url("/down"), Duration.ofSeconds(5),
                Optional.of(new BodyRule.JsonFieldEquals("status", "ok"))));
        CheckResult notJson = run(check(targets.url("/not-json"), Duration.ofSeconds(5),
                Optional.of(new BodyRule.JsonFieldEquals("status", "ok"))));
        CheckResult noField = run(check(targets.url("/ok"), Duration.ofSeconds(5),
                Optional.of(new BodyRule.JsonFieldEquals("checks.cache", "up"))));

        assertThat(wrongValue.reason()).isEqualTo("JSON field status is \"down\", expected ok");
        assertThat(notJson.reason()).isEqualTo("body is not JSON");
        assertThat(noField.reason()).isEqualTo("body has no JSON field checks.cache");
    }

    @Test
    void regexRules_runInLinearTime_evenOnACatastrophicPattern() {
        assertThat(run(check(targets.url("/ok"), Duration.ofSeconds(5),
                Optional.of(new BodyRule.Matches("\"status\":\\s*\"ok\"")))).verdict()).isEqualTo(Verdict.UP);
        long started = System.nanoTime();

        CheckResult result = run(check(targets.url("/huge"), Duration.ofSeconds(10),
                Optional.of(new BodyRule.Matches("(x+x+)+y"))));

        assertThat(result.reason()).isEqualTo("body does not match /(x+x+)+y/ (only the first 1 MiB was read)");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void aClosedPort_isRefused() throws Exception {
        CheckResult result = run("http://127.0.0.1:" + HostileTargets.closedPort() + "/health");

        assertThat(result.verdict()).isEqualTo(Verdict.DOWN);
        assertThat(result.reason()).isEqualTo("connection to 127.0.0.1 refused");
    }

    @Test
    void anUnknownHost_isADnsFailure() {
        assertThat(run("http://no-such-host.invalid/health").reason()).isEqualTo("DNS lookup failed for no-such-host.invalid");
    }

    @Test
    void anInvalidCertificate_isATlsFailure(@TempDir Path folder) throws Exception {
        CheckResult result = run(targets.selfSignedHttps(folder));

        assertThat(result.verdict()).isEqualTo(Verdict.DOWN);
        assertThat(result.reason()).isEqualTo("TLS handshake with 127.0.0.1 failed: its certificate is not trusted");
    }

    @Test
    void aGoodButSlowAnswer_isDegraded_aboveTheConfiguredLatency() {
        HttpCheck check = new HttpCheck(URI.create(targets.url("/a-bit-slow")), "GET", ExpectedStatus.DEFAULT,
                Optional.empty(), Map.of(), "", Duration.ofSeconds(5), Duration.ofSeconds(60), Optional.of(Duration.ofMillis(100)));

        CheckResult result = run(check);

        assertThat(result.verdict()).isEqualTo(Verdict.DEGRADED);
        assertThat(result.reason()).matches("answered in \\d+ ms, above degraded_latency_ms 100");
    }
}
