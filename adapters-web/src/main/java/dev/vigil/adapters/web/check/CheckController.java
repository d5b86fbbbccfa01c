package dev.vigil.adapters.web.check;

import dev.vigil.adapters.web.HttpProblem;
import dev.vigil.adapters.web.JsonRequests;
import dev.vigil.adapters.web.Params;
import dev.vigil.adapters.web.RequestBody;
import dev.vigil.adapters.web.dependency.DependencyResponse;
import dev.vigil.application.port.in.check.ConfigureCheck;
import dev.vigil.application.port.in.check.ConfigureCheckCommand;
import dev.vigil.application.port.in.check.ConfiguredCheck;
import dev.vigil.application.port.in.check.LatencyPeriod;
import dev.vigil.application.port.in.check.RecordPushPing;
import dev.vigil.application.port.in.check.RecordPushPingCommand;
import dev.vigil.application.port.in.check.RemoveCheck;
import dev.vigil.application.port.in.check.RotatePushToken;
import dev.vigil.application.port.in.check.RunCheckNow;
import dev.vigil.application.port.in.check.ShowDailyUptime;
import dev.vigil.application.port.in.check.ShowLatency;
import dev.vigil.domain.check.CheckKind;
import dev.vigil.domain.check.PushToken;
import dev.vigil.domain.system.DependencyId;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;

/**
 * A dependency's check: {@code /api/dependencies/{id}/check} (configure, remove, run now, rotate the push token),
 * seed 002's {@code /heartbeat} shorthand, the history endpoints, and the public {@code /api/push/{token}}.
 */
public final class CheckController {
    private final ConfigureCheck configure;
    private final RemoveCheck remove;
    private final RunCheckNow runNow;
    private final RotatePushToken rotate;
    private final RecordPushPing ping;
    private final ShowLatency latency;
    private final ShowDailyUptime uptime;
    private final JsonRequests requests;

    public CheckController(ConfigureCheck configure, RemoveCheck remove, RunCheckNow runNow, RotatePushToken rotate,
                           RecordPushPing ping, ShowLatency latency, ShowDailyUptime uptime, JsonRequests requests) {
        this.configure = configure;
        this.remove = remove;
        this.runNow = runNow;
        this.rotate = rotate;
        this.ping = ping;
        this.latency = latency;
        this.uptime = uptime;
        this.requests = requests;
    }

    /** {@code PUT /api/dependencies/{id}/check} with {@code {"type": "http" | "tcp" | "push", …}}. */
    public void configure(Context ctx) {
        DependencyId id = dependencyId(ctx);
        RequestBody body = requests.body(ctx);
        CheckKind kind = CheckKind.fromWire(body.requiredText("type"));
        ConfigureCheckCommand command = CheckRequests.command(id, kind, body);
        ctx.json(configured(configure.configure(command)));
    }

    /** {@code POST /api/dependencies/{id}/heartbeat}: seed 002's HTTP check shorthand ({@code url}, {@code interval}, …). */
    public void heartbeat(Context ctx) {
        DependencyId id = dependencyId(ctx);
        ctx.json(configured(configure.configure(CheckRequests.httpShorthand(id, requests.body(ctx)))));
    }

    /** {@code DELETE /api/dependencies/{id}/check} (and {@code …/heartbeat}). */
    public void remove(Context ctx) {
        ctx.json(DependencyResponse.of(remove.remove(dependencyId(ctx))));
    }

    /** {@code POST /api/dependencies/{id}/check}: runs it now. */
    public void runNow(Context ctx) {
        ctx.json(CheckRunResponse.of(runNow.run(dependencyId(ctx))));
    }

    /** {@code POST /api/dependencies/{id}/check/token}: a new push token. */
    public void rotateToken(Context ctx) {
        ctx.json(PushTokenResponse.of(rotate.rotate(dependencyId(ctx))));
    }

    /** {@code GET|POST /api/push/{token}[?status=up|down&msg=…]}: the token is the only credential. */
    public void push(Context ctx) {
        String status = ctx.queryParam("status");
        boolean down;
        if (status == null || status.isBlank() || status.strip().equalsIgnoreCase("up")) {
            down = false;
        } else if (status.strip().toLowerCase(Locale.ROOT).equals("down")) {
            down = true;
        } else {
            throw HttpProblem.badRequest("status must be up or down");
        }
        ping.ping(new RecordPushPingCommand(PushToken.presented(ctx.pathParam("token")), down, ctx.queryParam("msg")));
        ctx.json(Map.of("ok", true));
    }

    /** {@code GET /api/dependencies/{id}/latency?period=1h|24h|7d|30d|90d}. */
    public void latency(Context ctx) {
        DependencyId id = dependencyId(ctx);
        ctx.json(LatencyResponse.of(latency.of(id, LatencyPeriod.fromWire(ctx.queryParam("period")))));
    }

    /** {@code GET /api/dependencies/{id}/uptime?days=90}. */
    public void uptime(Context ctx) {
        DependencyId id = dependencyId(ctx);
        int days = Params.cappedInt(ctx, "days", 90, 1, ShowDailyUptime.MAX_DAYS);
        ctx.json(uptime.of(id, days).stream().map(UptimePointResponse::of).toList());
    }

    private static DependencyResponse configured(ConfiguredCheck configured) {
        return DependencyResponse.of(configured.dependency(), CheckResponse.of(configured.check(), configured.newToken()));
    }

    private static DependencyId dependencyId(Context ctx) {
        return new DependencyId(Params.id(ctx, "id"));
    }
}
