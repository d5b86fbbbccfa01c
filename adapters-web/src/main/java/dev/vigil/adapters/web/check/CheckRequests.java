package dev.vigil.adapters.web.check;

import dev.vigil.adapters.web.HttpProblem;
import dev.vigil.adapters.web.RequestBody;
import dev.vigil.application.port.in.check.CheckDefinition;
import dev.vigil.application.port.in.check.ConfigureCheckCommand;
import dev.vigil.domain.check.BodyRule;
import dev.vigil.domain.check.CheckKind;
import dev.vigil.domain.check.CheckThresholds;
import dev.vigil.domain.check.CronSchedule;
import dev.vigil.domain.check.ExpectedStatus;
import dev.vigil.domain.check.HttpCheck;
import dev.vigil.domain.check.TcpCheck;
import dev.vigil.domain.system.DependencyId;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads check settings from a request body: only the fields of the check's type, each checked and named on error.
 * The admin UI's check forms are read through here too, so a check means the same whichever way it is configured.
 */
public final class CheckRequests {
    private static final String[] THRESHOLDS = {"failure_threshold", "success_threshold"};
    private static final String[] HTTP = {"url", "method", "headers", "body", "expect_status", "expect_body",
            "expect_body_contains", "expect_json_path", "expect_json_value", "timeout", "interval",
            "degraded_latency_ms"};
    private static final String[] TCP = {"host", "port", "timeout", "interval"};
    private static final String[] PUSH = {"period", "cron", "timezone", "grace"};

    private CheckRequests() {
    }

    public static ConfigureCheckCommand command(DependencyId id, CheckKind kind, RequestBody body) {
        String[] fields = switch (kind) {
            case HTTP -> HTTP;
            case TCP -> TCP;
            case PUSH -> PUSH;
        };
        body.allowOnly(join(new String[] {"type"}, fields, THRESHOLDS));
        CheckDefinition definition = switch (kind) {
            case HTTP -> new CheckDefinition.RunByVigil(http(body));
            case TCP -> new CheckDefinition.RunByVigil(new TcpCheck(body.requiredText("host"),
                    (int) body.integer("port", 1, 65535).orElseThrow(() -> HttpProblem.badRequest("port is required")).longValue(),
                    timeout(body), interval(body)));
            case PUSH -> push(body);
        };
        return new ConfigureCheckCommand(id, definition, thresholds(body));
    }

    /** Seed 002's {@code POST …/heartbeat}: an HTTP check without {@code type}. */
    static ConfigureCheckCommand httpShorthand(DependencyId id, RequestBody body) {
        body.allowOnly(join(HTTP, THRESHOLDS));
        return new ConfigureCheckCommand(id, new CheckDefinition.RunByVigil(http(body)), thresholds(body));
    }

    private static HttpCheck http(RequestBody body) {
        return new HttpCheck(HttpCheck.parseUrl(body.requiredText("url")), body.text("method").orElse(null),
                body.parsed("expect_status", ExpectedStatus::parse).orElse(ExpectedStatus.DEFAULT), bodyRule(body),
                body.textMap("headers", HttpCheck.HEADERS_MAX).orElse(null), body.text("body").orElse(""),
                timeout(body), interval(body),
                body.integer("degraded_latency_ms", Long.MIN_VALUE, Long.MAX_VALUE).map(Duration::ofMillis));
    }

    private static Optional<BodyRule> bodyRule(RequestBody body) {
        List<BodyRule> rules = new ArrayList<>();
        body.text("expect_body").filter(s -> !s.isEmpty()).ifPresent(p -> rules.add(new BodyRule.Matches(p)));
        body.text("expect_body_contains").filter(s -> !s.isEmpty()).ifPresent(t -> rules.add(new BodyRule.Contains(t)));
        Optional<String> path = body.text("expect_json_path").filter(s -> !s.isEmpty());
        Optional<String> value = body.text("expect_json_value");
        if (path.isPresent()) {
            rules.add(new BodyRule.JsonFieldEquals(path.get(),
                    value.orElseThrow(() -> HttpProblem.badRequest("expect_json_value is required with expect_json_path"))));
        } else if (value.isPresent()) {
            throw HttpProblem.badRequest("expect_json_path is required with expect_json_value");
        }
        if (rules.size() > 1) {
            throw HttpProblem.badRequest("give at most one of expect_body, expect_body_contains, expect_json_path");
        }
        return rules.stream().findFirst();
    }

    private static CheckDefinition push(RequestBody body) {
        Optional<Duration> period = body.integer("period", Long.MIN_VALUE, Long.MAX_VALUE / 1000).map(Duration::ofSeconds);
        Optional<CronSchedule> cron = body.parsed("cron", CronSchedule::parse);
        ZoneId zone = body.parsed("timezone", CheckRequests::zone).orElse(ZoneId.of("UTC"));
        Duration grace = body.integer("grace", Long.MIN_VALUE, Long.MAX_VALUE / 1000).map(Duration::ofSeconds).orElse(null);
        if (period.isEmpty() && cron.isEmpty()) {
            throw HttpProblem.badRequest("a push check needs period (seconds) or cron");
        }
        return new CheckDefinition.Push(period, cron, zone, grace);
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw HttpProblem.badRequest("timezone must be a time zone such as UTC or Europe/Berlin");
        }
    }

    private static Duration timeout(RequestBody body) {
        return body.number("timeout").map(seconds -> {
            if (seconds < 0.1 || seconds > 60) {
                throw HttpProblem.badRequest("timeout must be between 0.1 and 60 seconds");
            }
            return Duration.ofMillis(Math.round(seconds * 1000));
        }).orElse(null);
    }

    private static Duration interval(RequestBody body) {
        return body.integer("interval", Long.MIN_VALUE, Long.MAX_VALUE / 1000).map(Duration::ofSeconds).orElse(null);
    }

    private static CheckThresholds thresholds(RequestBody body) {
        int failure = (int) (long) body.integer("failure_threshold", 1, CheckThresholds.MAX)
                .orElse((long) CheckThresholds.DEFAULT.failureThreshold());
        int success = (int) (long) body.integer("success_threshold", 1, CheckThresholds.MAX)
                .orElse((long) CheckThresholds.DEFAULT.successThreshold());
        return new CheckThresholds(failure, success);
    }

    private static String[] join(String[]... parts) {
        List<String> all = new ArrayList<>();
        for (String[] part : parts) {
            all.addAll(List.of(part));
        }
        return all.toArray(String[]::new);
    }
}
