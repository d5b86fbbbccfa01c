package dev.vigil.adapters.web.log;

import dev.vigil.adapters.web.Params;
import dev.vigil.application.port.in.log.ReadStatusLog;
import dev.vigil.application.port.in.log.StatusLogQuery;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.status.StatusSource;
import io.javalin.http.Context;
import java.util.Optional;

/** {@code /api/logs}, {@code /api/systems/{id}/logs} and {@code /api/dependencies/{id}/logs}, newest first. */
public final class StatusLogController {
    private final ReadStatusLog read;

    public StatusLogController(ReadStatusLog read) {
        this.read = read;
    }

    public void all(Context ctx) {
        respond(ctx, StatusLogQuery.all(limit(ctx)));
    }

    public void ofSystem(Context ctx) {
        SystemId id = new SystemId(Params.id(ctx, "id"));
        respond(ctx, StatusLogQuery.ofSystem(id, limit(ctx)));
    }

    public void ofDependency(Context ctx) {
        DependencyId id = new DependencyId(Params.id(ctx, "id"));
        respond(ctx, StatusLogQuery.ofDependency(id, limit(ctx)));
    }

    private void respond(Context ctx, StatusLogQuery query) {
        ctx.json(read.read(query.fromSource(source(ctx))).stream().map(LogEntryResponse::of).toList());
    }

    /** The optional {@code ?source=} filter (manual, check, rollup, maintenance, import). */
    public static Optional<StatusSource> source(Context ctx) {
        String raw = ctx.queryParam("source");
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(StatusSource.fromWire(raw));
    }

    private static int limit(Context ctx) {
        return Params.cappedInt(ctx, "limit", StatusLogQuery.DEFAULT_LIMIT, 1, StatusLogQuery.MAX_LIMIT);
    }
}
