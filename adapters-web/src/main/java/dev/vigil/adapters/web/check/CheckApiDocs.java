package dev.vigil.adapters.web.check;

import static dev.vigil.adapters.web.openapi.ApiOperation.delete;
import static dev.vigil.adapters.web.openapi.ApiOperation.get;
import static dev.vigil.adapters.web.openapi.ApiOperation.post;
import static dev.vigil.adapters.web.openapi.ApiOperation.put;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.adapters.web.dependency.DependencyResponse;
import dev.vigil.adapters.web.openapi.ApiOperation;
import dev.vigil.adapters.web.openapi.S;
import dev.vigil.adapters.web.openapi.S.Field;
import java.util.ArrayList;
import java.util.List;

/** The check routes as the OpenAPI document describes them. */
public final class CheckApiDocs {
    private static final String TAG = "Checks";

    private CheckApiDocs() {
    }

    private static List<Field> http() {
        return List.of(S.optional("url", S.text("http: required; absolute http(s), at most 2000 characters.")),
                S.optional("method", S.oneOf("http: default GET.", "GET", "HEAD", "POST", "PUT", "PATCH")),
                S.optional("headers", S.textMap("http: at most 20; write-only (only their names are shown).")),
                S.optional("body", S.text("http: sent with POST, PUT, PATCH; write-only.")),
                S.optional("expect_status", S.text("http: codes, classes, ranges: 200, 2xx, 200-299,301 (default 2xx).")),
                S.optional("expect_body", S.text("http: an RE2 regular expression the body must match.")),
                S.optional("expect_body_contains", S.text("http: a substring the body must contain.")),
                S.optional("expect_json_path", S.text("http: a dotted JSON path, with expect_json_value.")),
                S.optional("expect_json_value", S.text("http: the value at expect_json_path, compared as text.")),
                S.optional("degraded_latency_ms", S.integer("http: a slower good answer counts as degraded.")),
                S.optional("timeout", S.number("http, tcp: seconds, 0.1 to 60 (default 10).")),
                S.optional("interval", S.integer("http, tcp: seconds, 5 to 86400 (default 60).")),
                S.optional("failure_threshold", S.integer("Failures in a row that make an outage, 1-100 (default 3).")),
                S.optional("success_threshold", S.integer("Good results in a row that recover, 1-100 (default 1).")));
    }

    private static ObjectNode check() {
        List<Field> fields = new ArrayList<>();
        fields.add(S.required("type", S.oneOf("", "http", "tcp", "push")));
        fields.addAll(http());
        fields.add(S.optional("host", S.text("tcp: required; a host name or IP address.")));
        fields.add(S.optional("port", S.integer("tcp: required; 1-65535.")));
        fields.add(S.optional("period", S.integer("push: seconds between pings (or cron).")));
        fields.add(S.optional("cron", S.text("push: a 5-field cron expression (or period).")));
        fields.add(S.optional("timezone", S.text("push: the zone cron is read in (default UTC).")));
        fields.add(S.optional("grace", S.integer("push: seconds added to each deadline (default 60).")));
        return S.object(fields.toArray(Field[]::new));
    }

    public static List<ApiOperation> operations() {
        return List.of(
                put("/api/dependencies/{id}/check", TAG, "Configure a dependency's check")
                        .description("Only the fields of the check's type are accepted. A new push check shows its "
                                + "token and push URL once.").body(check())
                        .answers(200, "The dependency with its check.", DependencyResponse.class).build(),
                delete("/api/dependencies/{id}/check", TAG, "Remove a dependency's check")
                        .answers(200, "The dependency.", DependencyResponse.class)
                        .conflict("the dependency has no check").build(),
                post("/api/dependencies/{id}/check", TAG, "Run an HTTP or TCP check now")
                        .answers(200, "The result, and the dependency after it.", CheckRunResponse.class)
                        .conflict("the dependency has no check, or a push check").build(),
                post("/api/dependencies/{id}/check/token", TAG, "Make a new push token")
                        .description("The old token stops working at once.")
                        .answers(200, "The new token, shown once.", PushTokenResponse.class)
                        .conflict("the dependency has no push check").build(),
                post("/api/dependencies/{id}/heartbeat", TAG, "Configure an HTTP check (seed 002's shorthand)")
                        .body(S.object(http().toArray(Field[]::new)))
                        .answers(200, "The dependency with its check.", DependencyResponse.class).build(),
                delete("/api/dependencies/{id}/heartbeat", TAG, "Remove a dependency's check (seed 002's shorthand)")
                        .answers(200, "The dependency.", DependencyResponse.class)
                        .conflict("the dependency has no check").build(),
                get("/api/dependencies/{id}/latency", TAG, "Latency and results of a dependency's check")
                        .query("period", S.oneOf("Default 24h.", "1h", "24h", "7d", "30d", "90d"))
                        .answers(200, "Figures and data points.", LatencyResponse.class).build(),
                get("/api/dependencies/{id}/uptime", TAG, "One uptime point per UTC day")
                        .query("days", S.integer("1-3660, default 90."))
                        .answers(200, "Points, today last.", UptimePointResponse[].class).build(),
                push(get("/api/push/{token}", TAG, "A push ping (GET)")),
                push(post("/api/push/{token}", TAG, "A push ping (POST; any body is ignored)")));
    }

    private static ApiOperation push(ApiOperation.Builder op) {
        return op.description("Called by the dependency's own job after each run; needs no API key, only the token.")
                .query("status", S.oneOf("up (default) or down: a failure.", "up", "down"))
                .query("msg", S.text("With status=down: what went wrong, at most 500 characters."))
                .answersAs(200, "Counted.", "application/json", S.object(S.required("ok", S.bool(""))))
                .build();
    }
}
