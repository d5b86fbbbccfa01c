package dev.vigil.domain.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CheckSpecTest {

    private static HttpCheck http(String method, Duration timeout, Duration interval, Map<String, String> headers,
                                  String body, Optional<Duration> degraded) {
        return new HttpCheck(URI.create("https://api.example.com/health"), method, null, Optional.empty(), headers,
                body, timeout, interval, degraded);
    }

    @Test
    void http_defaults_getTwoHundredsTenSecondsEveryMinute() {
        HttpCheck check = http(null, null, null, null, null, Optional.empty());

        assertThat(check.method()).isEqualTo("GET");
        assertThat(check.expectedStatus().text()).isEqualTo("2xx");
        assertThat(check.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(check.interval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(check.runEvery()).contains(Duration.ofSeconds(60));
    }

    @Test
    void http_intervalBelowFiveSeconds_isRefused_namingTheField() {
        assertThatThrownBy(() -> http("GET", Duration.ofSeconds(1), Duration.ofSeconds(4), Map.of(), "", Optional.empty()))
                .hasMessage("interval must be at least 5 seconds");
    }

    @Test
    void http_timeoutLongerThanInterval_isRefused() {
        assertThatThrownBy(() -> http("GET", Duration.ofSeconds(20), Duration.ofSeconds(10), Map.of(), "", Optional.empty()))
                .hasMessage("timeout must not be longer than interval");
    }

    @Test
    void http_shortInterval_capsTheDefaultTimeoutAtTheInterval() {
        assertThat(http("GET", null, Duration.ofSeconds(5), Map.of(), "", Optional.empty()).timeout())
                .isEqualTo(Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://x/", "http:///nohost", "https://user:pw@host/", "not a url", ""})
    void http_badUrls_areRefused_namingUrl(String url) {
        assertThatThrownBy(() -> HttpCheck.parseUrl(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("url");
    }

    @Test
    void http_reservedOrBrokenHeaders_areRefused() {
        assertThatThrownBy(() -> http("GET", null, null, Map.of("Host", "x"), "", Optional.empty()))
                .hasMessageContaining("Host is set by Vigil");
        assertThatThrownBy(() -> http("GET", null, null, Map.of("X-Ok", "a\r\nInjected: 1"), "", Optional.empty()))
                .hasMessageContaining("control characters");
        assertThatThrownBy(() -> http("GET", null, null, Map.of("Bad Name", "v"), "", Optional.empty()))
                .hasMessageContaining("not a valid header name");
    }

    @Test
    void http_bodyOnAGet_andUnknownMethods_areRefused() {
        assertThatThrownBy(() -> http("GET", null, null, Map.of(), "{}", Optional.empty()))
                .hasMessage("body is only sent with POST, PUT or PATCH");
        assertThatThrownBy(() -> http("TRACE", null, null, Map.of(), "", Optional.empty()))
                .hasMessageStartingWith("method must be one of");
    }

    @Test
    void http_degradedLatency_mustBeBelowTheTimeout() {
        assertThatThrownBy(() -> http("GET", Duration.ofSeconds(2), null, Map.of(), "", Optional.of(Duration.ofSeconds(2))))
                .hasMessageStartingWith("degraded_latency_ms");
    }

    @Test
    void http_toString_hidesHeaders() {
        assertThat(http("GET", null, null, Map.of("Authorization", "Bearer s3cret"), "", Optional.empty()).toString())
                .doesNotContain("s3cret");
    }

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "2xx         | 200 | true", "2xx | 204 | true", "2xx | 301 | false",
            "200         | 200 | true", "200 | 201 | false",
            "200-299,301 | 301 | true", "200-299,301 | 302 | false", "200-299,301 | 250 | true",
            "2xx, 3XX    | 399 | true", "' 404 '     | 404 | true"})
    void expectedStatus(String expected, int code, boolean matches) {
        assertThat(ExpectedStatus.parse(expected).matches(code)).isEqualTo(matches);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "6xx", "99", "600", "300-200", "2xx,", "20"})
    void expectedStatus_invalid_isRefused_namingTheField(String expected) {
        assertThatThrownBy(() -> ExpectedStatus.parse(expected)).hasMessageStartingWith("expect_status must be");
    }

    @Test
    void tcp_needsAHostAndAPortInRange() {
        assertThatThrownBy(() -> new TcpCheck(" ", 80, null, null)).hasMessage("host is required");
        assertThatThrownBy(() -> new TcpCheck("db", 0, null, null)).hasMessage("port must be between 1 and 65535");
        assertThatThrownBy(() -> new TcpCheck("db/x", 80, null, null)).hasMessage("host must be a host name or an IP address");
        assertThat(new TcpCheck("[::1]", 5432, null, null).host()).isEqualTo("::1");
    }

    @Test
    void push_needsPeriodOrCron_notBoth() {
        var hash = PushToken.presented("t").hash();
        assertThatThrownBy(() -> new PushCheck(Optional.empty(), Optional.empty(), null, null, hash))
                .hasMessageContaining("either period (seconds) or cron");
        assertThatThrownBy(() -> new PushCheck(Optional.of(Duration.ofSeconds(60)), Optional.of(CronSchedule.parse("@daily")),
                null, null, hash)).hasMessageContaining("not both");
        assertThatThrownBy(() -> new PushCheck(Optional.of(Duration.ofSeconds(1)), Optional.empty(), null, null, hash))
                .hasMessageStartingWith("period must be between");
        PushCheck check = new PushCheck(Optional.of(Duration.ofSeconds(60)), Optional.empty(), null, null, hash);
        assertThat(check.grace()).isEqualTo(PushCheck.DEFAULT_GRACE);
        assertThat(check.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(check.runEvery()).isEmpty();
    }

    @Test
    void pushToken_isRandom_prefixed_andHashedNotShown() {
        PushToken a = PushToken.generate(new java.security.SecureRandom());
        PushToken b = PushToken.generate(new java.security.SecureRandom());

        assertThat(a.reveal()).startsWith("vgp_").hasSize(47).isNotEqualTo(b.reveal());
        assertThat(a.hash()).isEqualTo(PushToken.presented(a.reveal()).hash()).isNotEqualTo(b.hash());
        assertThat(a.toString()).doesNotContain(a.reveal());
    }

    @Test
    void bodyRules_validateTheirFields() {
        assertThatThrownBy(() -> new BodyRule.Contains("")).hasMessage("expect_body_contains must not be empty");
        assertThatThrownBy(() -> new BodyRule.JsonFieldEquals("a..b", "x")).hasMessageStartingWith("expect_json_path");
        assertThat(new BodyRule.JsonFieldEquals("checks.db.status", "ok").segments()).containsExactly("checks", "db", "status");
    }

    @Test
    void checkResult_cleansRemoteText_andBoundsIt() {
        CheckResult result = CheckFixtures.down(1, java.time.Instant.EPOCH, "bad\r\nthing" + "x".repeat(1000));

        assertThat(result.reason()).startsWith("bad  thing").hasSize(CheckResult.REASON_MAX);
    }
}
