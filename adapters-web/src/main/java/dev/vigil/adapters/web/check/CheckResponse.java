package dev.vigil.adapters.web.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.vigil.domain.check.BodyRule;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.CheckState;
import dev.vigil.domain.check.CronSchedule;
import dev.vigil.domain.check.HttpCheck;
import dev.vigil.domain.check.PushCheck;
import dev.vigil.domain.check.PushToken;
import dev.vigil.domain.check.TcpCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A check as the API shows it inside its dependency. Settings that do not apply to the check's type are left out;
 * where it stands is always there ({@code null} before the first result). Headers and body are secrets: only the
 * header names and whether a body is set are shown. The push token appears only in the response that made it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckResponse(String type,
                            String url, String method, String expectStatus, String expectBody,
                            String expectBodyContains, String expectJsonPath, String expectJsonValue,
                            List<String> headerNames, Boolean bodySet, Long degradedLatencyMs,
                            String host, Integer port,
                            Long interval, Double timeout,
                            Long period, String cron, String timezone, Long grace,
                            int failureThreshold, int successThreshold,
                            @JsonInclude(JsonInclude.Include.ALWAYS) Instant lastCheckAt,
                            @JsonInclude(JsonInclude.Include.ALWAYS) String lastResult,
                            @JsonInclude(JsonInclude.Include.ALWAYS) Long lastLatencyMs,
                            @JsonInclude(JsonInclude.Include.ALWAYS) Integer lastStatusCode,
                            @JsonInclude(JsonInclude.Include.ALWAYS) String lastError,
                            int consecutiveFailures, int consecutiveSuccesses,
                            Instant lastPingAt, String pushState, Instant pingDueBy, String pushToken,
                            String pushUrl) {

    public static CheckResponse of(Check check) {
        return of(check, Optional.empty());
    }

    public static CheckResponse of(Check check, Optional<PushToken> newToken) {
        CheckState s = check.state();
        Optional<CheckResult> last = s.last();
        String url = null, method = null, expect = null, regex = null, contains = null, jsonPath = null, jsonValue = null;
        List<String> headerNames = null;
        Boolean bodySet = null;
        Long degraded = null, interval = null, period = null, grace = null;
        Double timeout = null;
        String host = null, cron = null, zone = null, pushState = null;
        Integer port = null;
        Instant lastPing = null, dueBy = null;
        if (check.spec() instanceof HttpCheck h) {
            url = h.url().toString();
            method = h.method();
            expect = h.expectedStatus().text();
            BodyRule rule = h.bodyRule().orElse(null);
            if (rule instanceof BodyRule.Matches m) {
                regex = m.pattern();
            } else if (rule instanceof BodyRule.Contains c) {
                contains = c.text();
            } else if (rule instanceof BodyRule.JsonFieldEquals j) {
                jsonPath = j.path();
                jsonValue = j.value();
            }
            headerNames = List.copyOf(h.headers().keySet());
            bodySet = !h.body().isEmpty();
            degraded = h.degradedLatency().map(Duration::toMillis).orElse(null);
            interval = h.interval().toSeconds();
            timeout = h.timeout().toMillis() / 1000.0;
        } else if (check.spec() instanceof TcpCheck t) {
            host = t.host();
            port = t.port();
            interval = t.interval().toSeconds();
            timeout = t.timeout().toMillis() / 1000.0;
        } else if (check.spec() instanceof PushCheck p) {
            period = p.period().map(Duration::toSeconds).orElse(null);
            cron = p.cron().map(CronSchedule::expression).orElse(null);
            zone = p.zone().getId();
            grace = p.grace().toSeconds();
            lastPing = s.lastPingAt().orElse(null);
            pushState = s.missing() ? "missing" : s.lastPingAt().isPresent() ? "running" : "waiting";
            dueBy = check.pingDeadline().orElse(null);
        }
        return new CheckResponse(check.kind().wireName(), url, method, expect, regex, contains, jsonPath, jsonValue,
                headerNames, bodySet, degraded, host, port, interval, timeout, period, cron, zone, grace,
                check.thresholds().failureThreshold(), check.thresholds().successThreshold(),
                last.map(CheckResult::at).orElse(null), last.map(r -> r.verdict().wireName()).orElse(null),
                last.map(CheckResult::latencyMillis).orElse(null), last.flatMap(CheckResult::statusCode).orElse(null),
                last.map(CheckResult::reason).filter(r -> !r.isEmpty()).orElse(null),
                s.consecutiveFailures(), s.consecutiveSuccesses(), lastPing, pushState, dueBy,
                newToken.map(PushToken::reveal).orElse(null),
                newToken.map(t -> "/api/push/" + t.reveal()).orElse(null));
    }
}
