package dev.vigil.adapters.web.admin;

import dev.vigil.application.port.in.analytics.AnalyticsQuery;
import dev.vigil.application.port.in.analytics.ShowOverallAnalytics;
import dev.vigil.application.port.in.status.Audience;
import dev.vigil.application.port.in.status.ShowStatusOverview;
import dev.vigil.application.port.in.system.CreateSystem;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.domain.DomainRuleViolation;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.Visibility;
import dev.vigil.domain.uptime.RollingPeriod;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/** {@code /admin}: the dashboard, and creating a system from it (the same use case as {@code POST /api/systems}). */
public final class DashboardController {
    private final ShowStatusOverview overview;
    private final ShowOverallAnalytics analytics;
    private final CreateSystem create;
    private final AdminPages pages;

    public DashboardController(ShowStatusOverview overview, ShowOverallAnalytics analytics, CreateSystem create,
                               AdminPages pages) {
        this.overview = overview;
        this.analytics = analytics;
        this.create = create;
        this.pages = pages;
    }

    public void show(Context ctx) {
        render(ctx, 200, Notices.text(ctx.queryParam("notice")), FormState.blank());
    }

    public void createSystem(Context ctx) {
        Form form = Form.of(ctx);
        MonitoredSystem system;
        try {
            system = create.create(new CreateSystemCommand(form.text("name"), Optional.empty(), form.text("description"),
                    form.text("url"), form.text("owner"), Visibility.fromWire(form.text("visibility")), SlaTarget.DEFAULT));
        } catch (IllegalArgumentException | DomainRuleViolation refused) {
            render(ctx, refused instanceof DomainRuleViolation ? 409 : 400, "", FormState.refused(form, refused.getMessage()));
            return;
        }
        ctx.redirect("/admin/systems/" + system.id().value() + "?notice=system-created", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, int status, String notice, FormState create) {
        var chrome = pages.chrome(AdminGuard.session(ctx), "Dashboard", "dashboard", "/admin");
        pages.send(ctx, status, "admin/dashboard.jte", DashboardView.from(overview.show(Audience.OPERATORS),
                analytics.show(AnalyticsQuery.of(RollingPeriod.LAST_24H)),
                analytics.show(AnalyticsQuery.of(RollingPeriod.LAST_30D)), chrome, notice, create));
    }
}
