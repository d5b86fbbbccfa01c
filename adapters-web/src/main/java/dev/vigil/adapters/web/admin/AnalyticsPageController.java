package dev.vigil.adapters.web.admin;

import dev.vigil.application.port.in.analytics.AnalyticsQuery;
import dev.vigil.application.port.in.analytics.ShowOverallAnalytics;
import dev.vigil.domain.uptime.RollingPeriod;
import io.javalin.http.Context;

/** {@code /admin/analytics?period=24h}: the figures of {@code GET /api/analytics}, as a page. */
public final class AnalyticsPageController {
    private final ShowOverallAnalytics analytics;
    private final AdminPages pages;

    public AnalyticsPageController(ShowOverallAnalytics analytics, AdminPages pages) {
        this.analytics = analytics;
        this.pages = pages;
    }

    public void show(Context ctx) {
        String raw = ctx.queryParam("period");
        RollingPeriod period = raw == null || raw.isBlank() ? RollingPeriod.LAST_24H : RollingPeriod.fromWire(raw);
        var chrome = pages.chrome(AdminGuard.session(ctx), "Analytics", "analytics",
                "/admin/analytics?period=" + period.wireName());
        pages.send(ctx, 200, "admin/analytics.jte",
                AnalyticsView.from(period, analytics.show(AnalyticsQuery.of(period)), chrome));
    }
}
