package dev.vigil.adapters.web.analytics;

import dev.vigil.adapters.web.HttpProblem;
import dev.vigil.adapters.web.Params;
import dev.vigil.adapters.web.Times;
import dev.vigil.application.port.in.analytics.AnalyticsQuery;
import dev.vigil.application.port.in.analytics.ShowDependencyAnalytics;
import dev.vigil.application.port.in.analytics.ShowOverallAnalytics;
import dev.vigil.application.port.in.analytics.ShowSystemAnalytics;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.RollingPeriod;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /api/analytics}, {@code /api/systems/{id}/analytics}, {@code /api/dependencies/{id}/analytics} over
 * {@code ?period=1h|24h|7d|30d|90d} (default 24h) or {@code ?from=…&to=…}.
 */
public final class AnalyticsController {
    private final ShowOverallAnalytics overall;
    private final ShowSystemAnalytics system;
    private final ShowDependencyAnalytics dependency;

    public AnalyticsController(ShowOverallAnalytics overall, ShowSystemAnalytics system,
                               ShowDependencyAnalytics dependency) {
        this.overall = overall;
        this.system = system;
        this.dependency = dependency;
    }

    public void overall(Context ctx) {
        ctx.json(AnalyticsResponses.of(overall.show(query(ctx))));
    }

    public void ofSystem(Context ctx) {
        SystemId id = new SystemId(Params.id(ctx, "id"));
        ctx.json(AnalyticsResponses.of(system.show(id, query(ctx))));
    }

    public void ofDependency(Context ctx) {
        DependencyId id = new DependencyId(Params.id(ctx, "id"));
        ctx.json(AnalyticsResponses.of(dependency.show(id, query(ctx))));
    }

    /** The window from the query string; refuses unknown periods rather than falling back to a default. */
    static AnalyticsQuery query(Context ctx) {
        Optional<RollingPeriod> period = Optional.ofNullable(ctx.queryParam("period")).map(RollingPeriod::fromWire);
        Optional<Instant> from = Optional.ofNullable(ctx.queryParam("from")).map(v -> Times.parse("from", v));
        Optional<Instant> to = Optional.ofNullable(ctx.queryParam("to")).map(v -> Times.parse("to", v));
        if (period.isPresent() && (from.isPresent() || to.isPresent())) {
            throw HttpProblem.badRequest("ask for a period or for from/to, not both");
        }
        return new AnalyticsQuery(period, from, to);
    }
}
