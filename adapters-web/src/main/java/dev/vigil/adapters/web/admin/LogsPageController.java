package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.HttpProblem;
import dev.vigil.adapters.web.Params;
import dev.vigil.adapters.web.log.StatusLogController;
import dev.vigil.application.port.in.log.ReadStatusLog;
import dev.vigil.application.port.in.log.StatusLogQuery;
import dev.vigil.application.port.in.status.Audience;
import dev.vigil.application.port.in.status.ShowStatusOverview;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.SystemId;
import io.javalin.http.Context;
import java.util.Optional;

/** {@code /admin/logs?system=&source=&limit=}: the status log through the same use case as {@code /api/logs}. */
public final class LogsPageController {
    private final ReadStatusLog log;
    private final ShowStatusOverview overview;
    private final AdminPages pages;

    public LogsPageController(ReadStatusLog log, ShowStatusOverview overview, AdminPages pages) {
        this.log = log;
        this.overview = overview;
        this.pages = pages;
    }

    public void show(Context ctx) {
        Optional<Long> system = system(ctx.queryParam("system"));
        Optional<StatusSource> source = StatusLogController.source(ctx);
        int limit = Params.cappedInt(ctx, "limit", StatusLogQuery.DEFAULT_LIMIT, 1, StatusLogQuery.MAX_LIMIT);
        StatusLogQuery query = system.map(id -> StatusLogQuery.ofSystem(new SystemId(id), limit))
                .orElse(StatusLogQuery.all(limit)).fromSource(source);
        String url = "/admin/logs" + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        var chrome = pages.chrome(AdminGuard.session(ctx), "Logs", "logs", url.length() > 300 ? "/admin/logs" : url);
        pages.send(ctx, 200, "admin/logs.jte", LogsView.from(overview.show(Audience.OPERATORS), log.read(query), system,
                source, limit, chrome));
    }

    private static Optional<Long> system(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(raw.strip());
            if (id > 0) {
                return Optional.of(id);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw HttpProblem.badRequest("system must be a positive integer");
    }
}
