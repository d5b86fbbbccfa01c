package dev.vigil.adapters.web.admin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.adapters.web.RequestBody;
import dev.vigil.adapters.web.check.CheckRequests;
import dev.vigil.application.port.in.check.ConfigureCheckCommand;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.CheckKind;
import dev.vigil.domain.check.HttpCheck;
import dev.vigil.domain.system.DependencyId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;

/**
 * A check form of the system page turned into the body {@code PUT /api/dependencies/{id}/check} takes, and read by
 * the same {@link CheckRequests}: the API and the UI accept exactly the same checks with the same messages. Blank
 * fields are left out (their defaults apply). Headers and body are secrets the page never shows, so an HTTP form
 * left blank there keeps those of the check it replaces when "keep" is ticked.
 */
final class CheckForm {
    static final int HEADER_LINES_MAX = HttpCheck.HEADERS_MAX;

    private CheckForm() {
    }

    static ConfigureCheckCommand command(DependencyId dependency, Form form, Optional<Check> existing) {
        CheckKind kind = CheckKind.fromWire(form.text("type"));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("type", kind.wireName());
        switch (kind) {
            case HTTP -> http(form, body, existing);
            case TCP -> {
                text(form, body, "host");
                integer(form, body, "port", "port");
                decimal(form, body, "timeout", "timeout (seconds)");
                integer(form, body, "interval", "interval (seconds)");
            }
            case PUSH -> {
                integer(form, body, "period", "period (seconds)");
                text(form, body, "cron");
                text(form, body, "timezone");
                integer(form, body, "grace", "grace (seconds)");
            }
        }
        integer(form, body, "failure_threshold", "failures before down");
        integer(form, body, "success_threshold", "successes before up");
        return CheckRequests.command(dependency, kind, RequestBody.of(body));
    }

    private static void http(Form form, ObjectNode body, Optional<Check> existing) {
        text(form, body, "url");
        text(form, body, "method");
        text(form, body, "expect_status");
        String rule = form.text("rule").strip();
        String ruleText = form.text("rule_text");
        switch (rule) {
            case "", "none" -> { }
            case "contains" -> body.put("expect_body_contains", ruleText);
            case "regex" -> body.put("expect_body", ruleText);
            case "json" -> {
                body.put("expect_json_path", ruleText);
                body.put("expect_json_value", form.text("rule_value"));
            }
            default -> throw new IllegalArgumentException("the body rule must be none, contains, json or regex");
        }
        decimal(form, body, "timeout", "timeout (seconds)");
        integer(form, body, "interval", "interval (seconds)");
        integer(form, body, "degraded_latency_ms", "slow above (ms)");
        Optional<HttpCheck> kept = existing.map(Check::spec).filter(HttpCheck.class::isInstance)
                .map(HttpCheck.class::cast).filter(c -> form.text("keep_secrets").equals("yes"));
        String headers = form.text("headers");
        if (!headers.isBlank()) {
            body.set("headers", headers(headers));
        } else if (kept.isPresent() && !kept.get().headers().isEmpty()) {
            ObjectNode old = JsonNodeFactory.instance.objectNode();
            kept.get().headers().forEach(old::put);
            body.set("headers", old);
        }
        String text = form.text("body");
        if (!text.isEmpty()) {
            body.put("body", text);
        } else if (kept.isPresent() && !kept.get().body().isEmpty()) {
            body.put("body", kept.get().body());
        }
    }

    /** "Name: value" lines, as the headers field takes them. */
    private static ObjectNode headers(String text) {
        ObjectNode headers = JsonNodeFactory.instance.objectNode();
        String[] lines = text.split("\r?\n");
        int count = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("headers: write one header per line as Name: value");
            }
            if (++count > HEADER_LINES_MAX) {
                throw new IllegalArgumentException("headers must have at most " + HEADER_LINES_MAX + " entries");
            }
            headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return headers;
    }

    private static void text(Form form, ObjectNode body, String field) {
        String value = form.text(field).strip();
        if (!value.isEmpty()) {
            body.put(field, value);
        }
    }

    private static void integer(Form form, ObjectNode body, String field, String label) {
        String value = form.text(field).strip();
        if (value.isEmpty()) {
            return;
        }
        try {
            body.put(field, new BigInteger(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label + " must be a whole number");
        }
    }

    private static void decimal(Form form, ObjectNode body, String field, String label) {
        String value = form.text(field).strip();
        if (value.isEmpty()) {
            return;
        }
        try {
            body.put(field, new BigDecimal(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label + " must be a number");
        }
    }

    /** What the form of each kind shows for a configured check (never its secrets). */
    static Map<String, String> values(Check check) {
        java.util.LinkedHashMap<String, String> v = new java.util.LinkedHashMap<>();
        v.put("type", check.kind().wireName());
        v.put("failure_threshold", Integer.toString(check.thresholds().failureThreshold()));
        v.put("success_threshold", Integer.toString(check.thresholds().successThreshold()));
        if (check.spec() instanceof HttpCheck h) {
            v.put("url", h.url().toString());
            v.put("method", h.method());
            v.put("expect_status", h.expectedStatus().text());
            h.bodyRule().ifPresent(rule -> {
                if (rule instanceof dev.vigil.domain.check.BodyRule.Contains c) {
                    v.put("rule", "contains");
                    v.put("rule_text", c.text());
                } else if (rule instanceof dev.vigil.domain.check.BodyRule.Matches m) {
                    v.put("rule", "regex");
                    v.put("rule_text", m.pattern());
                } else if (rule instanceof dev.vigil.domain.check.BodyRule.JsonFieldEquals j) {
                    v.put("rule", "json");
                    v.put("rule_text", j.path());
                    v.put("rule_value", j.value());
                }
            });
            v.put("timeout", seconds(h.timeout()));
            v.put("interval", Long.toString(h.interval().toSeconds()));
            h.degradedLatency().ifPresent(d -> v.put("degraded_latency_ms", Long.toString(d.toMillis())));
            v.put("keep_secrets", "yes");
        } else if (check.spec() instanceof dev.vigil.domain.check.TcpCheck t) {
            v.put("host", t.host());
            v.put("port", Integer.toString(t.port()));
            v.put("timeout", seconds(t.timeout()));
            v.put("interval", Long.toString(t.interval().toSeconds()));
        } else if (check.spec() instanceof dev.vigil.domain.check.PushCheck p) {
            p.period().ifPresent(d -> v.put("period", Long.toString(d.toSeconds())));
            p.cron().ifPresent(c -> v.put("cron", c.expression()));
            v.put("timezone", p.zone().getId());
            v.put("grace", Long.toString(p.grace().toSeconds()));
        }
        return v;
    }

    private static String seconds(java.time.Duration d) {
        return BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString();
    }
}
