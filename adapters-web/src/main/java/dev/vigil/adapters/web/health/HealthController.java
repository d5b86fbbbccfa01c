package dev.vigil.adapters.web.health;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** {@code /healthz} (the process serves) and {@code /readyz} (the database answers). */
public final class HealthController {
    private final BooleanSupplier databaseReachable;

    public HealthController(BooleanSupplier databaseReachable) {
        this.databaseReachable = databaseReachable;
    }

    public void live(Context ctx) {
        ctx.json(Map.of("status", "ok"));
    }

    public void ready(Context ctx) {
        if (databaseReachable.getAsBoolean()) {
            ctx.json(Map.of("status", "ready"));
        } else {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("error", "database unavailable"));
        }
    }
}
