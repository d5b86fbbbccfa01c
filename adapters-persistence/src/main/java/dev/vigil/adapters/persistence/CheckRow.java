package dev.vigil.adapters.persistence;

import dev.vigil.domain.apikey.SecretHash;
import dev.vigil.domain.check.BodyRule;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.CheckSpec;
import dev.vigil.domain.check.CheckState;
import dev.vigil.domain.check.CheckThresholds;
import dev.vigil.domain.check.CronSchedule;
import dev.vigil.domain.check.ExpectedStatus;
import dev.vigil.domain.check.HttpCheck;
import dev.vigil.domain.check.PushCheck;
import dev.vigil.domain.check.TcpCheck;
import dev.vigil.domain.check.Verdict;
import dev.vigil.domain.system.DependencyId;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A row of the {@code checks} table: the columns of the check's kind are set, the others null. */
public record CheckRow(long dependencyId, String kind,
                       String url, String method, String expectStatus, String bodyRule, String bodyRuleText,
                       String bodyRuleValue, String headers, String body, Long degradedLatencyMs,
                       String host, Integer port, Long timeoutMs, Long intervalMs,
                       Long pushPeriodMs, String pushCron, String pushZone, Long pushGraceMs, String tokenHash,
                       int failureThreshold, int successThreshold, int consecutiveFailures, int consecutiveSuccesses,
                       Long lastAt, String lastVerdict, Long lastLatencyMs, Integer lastStatusCode, String lastReason,
                       Long lastPingAt, boolean missing, Long pingDeadline, long configuredAt) {

    static CheckRow of(Check c) {
        CheckSpec spec = c.spec();
        CheckState s = c.state();
        Optional<CheckResult> last = s.last();
        String url = null, method = null, expect = null, rule = null, ruleText = null, ruleValue = null;
        String headers = null, body = null, host = null, cron = null, zone = null, token = null;
        Long degraded = null, timeout = null, interval = null, period = null, grace = null;
        Integer port = null;
        if (spec instanceof HttpCheck h) {
            url = h.url().toString();
            method = h.method();
            expect = h.expectedStatus().text();
            if (h.bodyRule().isPresent()) {
                BodyRule r = h.bodyRule().get();
                if (r instanceof BodyRule.Contains contains) {
                    rule = "contains";
                    ruleText = contains.text();
                } else if (r instanceof BodyRule.JsonFieldEquals json) {
                    rule = "json";
                    ruleText = json.path();
                    ruleValue = json.value();
                } else if (r instanceof BodyRule.Matches matches) {
                    rule = "regex";
                    ruleText = matches.pattern();
                }
            }
            headers = h.headers().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining("\n"));
            body = h.body();
            degraded = h.degradedLatency().map(Duration::toMillis).orElse(null);
            timeout = h.timeout().toMillis();
            interval = h.interval().toMillis();
        } else if (spec instanceof TcpCheck t) {
            host = t.host();
            port = t.port();
            timeout = t.timeout().toMillis();
            interval = t.interval().toMillis();
        } else if (spec instanceof PushCheck p) {
            period = p.period().map(Duration::toMillis).orElse(null);
            cron = p.cron().map(CronSchedule::expression).orElse(null);
            zone = p.zone().getId();
            grace = p.grace().toMillis();
            token = p.tokenHash().hex();
        }
        return new CheckRow(c.dependency().value(), Columns.name(spec.kind()), url, method, expect, rule, ruleText,
                ruleValue, headers, body, degraded, host, port, timeout, interval, period, cron, zone, grace, token,
                c.thresholds().failureThreshold(), c.thresholds().successThreshold(), s.consecutiveFailures(),
                s.consecutiveSuccesses(), last.map(r -> r.at().toEpochMilli()).orElse(null),
                last.map(r -> r.verdict().wireName()).orElse(null), last.map(CheckResult::latencyMillis).orElse(null),
                last.flatMap(CheckResult::statusCode).orElse(null), last.map(CheckResult::reason).orElse(null),
                Columns.millis(s.lastPingAt()), s.missing(), Columns.millis(c.pingDeadline()),
                Columns.millis(c.configuredAt()));
    }

    Check toDomain() {
        DependencyId id = new DependencyId(dependencyId);
        CheckSpec spec = switch (kind) {
            case "http" -> new HttpCheck(URI.create(url), method, new ExpectedStatus(expectStatus), rule(),
                    headerMap(), body, Duration.ofMillis(timeoutMs), Duration.ofMillis(intervalMs),
                    Optional.ofNullable(degradedLatencyMs).map(Duration::ofMillis));
            case "tcp" -> new TcpCheck(host, port, Duration.ofMillis(timeoutMs), Duration.ofMillis(intervalMs));
            case "push" -> new PushCheck(Optional.ofNullable(pushPeriodMs).map(Duration::ofMillis),
                    Optional.ofNullable(pushCron).map(CronSchedule::parse), ZoneId.of(pushZone),
                    Duration.ofMillis(pushGraceMs), new SecretHash(tokenHash));
            default -> throw new IllegalStateException("unknown check kind '" + kind + "' in the database");
        };
        Optional<CheckResult> last = Optional.ofNullable(lastAt).map(at -> new CheckResult(id, java.time.Instant.ofEpochMilli(at),
                Verdict.valueOf(lastVerdict.toUpperCase(java.util.Locale.ROOT)), Duration.ofMillis(lastLatencyMs),
                Optional.ofNullable(lastStatusCode), lastReason));
        CheckState state = new CheckState(consecutiveFailures, consecutiveSuccesses, last, Columns.instant(lastPingAt), missing);
        return Check.restore(id, spec, new CheckThresholds(failureThreshold, successThreshold), state,
                Columns.instant(configuredAt));
    }

    private Optional<BodyRule> rule() {
        if (bodyRule == null) {
            return Optional.empty();
        }
        return Optional.of(switch (bodyRule) {
            case "contains" -> new BodyRule.Contains(bodyRuleText);
            case "json" -> new BodyRule.JsonFieldEquals(bodyRuleText, bodyRuleValue);
            default -> new BodyRule.Matches(bodyRuleText);
        });
    }

    private Map<String, String> headerMap() {
        Map<String, String> map = new LinkedHashMap<>();
        if (headers != null && !headers.isEmpty()) {
            for (String line : headers.split("\n")) {
                int colon = line.indexOf(": ");
                map.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return map;
    }
}
