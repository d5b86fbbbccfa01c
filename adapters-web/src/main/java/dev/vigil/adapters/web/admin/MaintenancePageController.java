package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.Params;
import dev.vigil.adapters.web.maintenance.MaintenanceController;
import dev.vigil.application.port.in.maintenance.ScheduleMaintenanceCommand;
import dev.vigil.application.port.in.system.ListSystems;
import dev.vigil.domain.maintenance.MaintenanceId;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * {@code /admin/maintenance}: schedule maintenance windows, cancel them, delete those that never took effect. The
 * same use cases as {@code /api/maintenances}; times are typed in UTC.
 */
public final class MaintenancePageController {
    static final int PAST = 20;

    private final MaintenanceController.UseCases maintenance;
    private final ListSystems systems;
    private final AdminPages pages;
    private final Clock clock;

    public MaintenancePageController(MaintenanceController.UseCases maintenance, ListSystems systems, AdminPages pages,
                                     Clock clock) {
        this.maintenance = maintenance;
        this.systems = systems;
        this.pages = pages;
        this.clock = clock;
    }

    public void show(Context ctx) {
        var start = clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.HOURS);
        render(ctx, 200, Notices.text(ctx.queryParam("notice")), FormState.of(Map.of(
                "start_time", AdminText.formTime(start), "end_time", AdminText.formTime(start.plus(Duration.ofHours(1))))));
    }

    public void schedule(Context ctx) {
        Form form = Form.of(ctx);
        Refusals.attempt(() -> maintenance.schedule().schedule(new ScheduleMaintenanceCommand(form.text("title"),
                        form.text("description"), AdminText.time(form.text("start_time"), "start"),
                        AdminText.time(form.text("end_time"), "end"),
                        AdminText.systemIds(form, "system_ids", MaintenanceWindow.SYSTEMS_MAX))))
                .ifPresentOrElse(refused -> render(ctx, refused.status(), "", FormState.refused(form, refused.message())),
                        () -> ctx.redirect("/admin/maintenance?notice=maintenance-scheduled", HttpStatus.SEE_OTHER));
    }

    public void cancel(Context ctx) {
        maintenance.cancel().cancel(id(ctx));
        ctx.redirect("/admin/maintenance?notice=maintenance-cancelled", HttpStatus.SEE_OTHER);
    }

    public void delete(Context ctx) {
        maintenance.delete().delete(id(ctx));
        ctx.redirect("/admin/maintenance?notice=maintenance-deleted", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, int status, String notice, FormState form) {
        var chrome = pages.chrome(AdminGuard.session(ctx), "Maintenance", "maintenance", "/admin/maintenance");
        pages.send(ctx, status, "admin/maintenance.jte", MaintenanceView.from(maintenance.active().active(),
                maintenance.upcoming().upcoming(), maintenance.list().page(PAST, 0), systems.list(), clock.instant(),
                chrome, notice, form));
    }

    private static MaintenanceId id(Context ctx) {
        return new MaintenanceId(Params.id(ctx, "id"));
    }
}
