package dev.vigil.adapters.web.maintenance;

import dev.vigil.adapters.web.JsonRequests;
import dev.vigil.adapters.web.Params;
import dev.vigil.adapters.web.RequestBody;
import dev.vigil.application.port.in.maintenance.CancelMaintenance;
import dev.vigil.application.port.in.maintenance.DeleteMaintenance;
import dev.vigil.application.port.in.maintenance.ListActiveMaintenances;
import dev.vigil.application.port.in.maintenance.ListMaintenances;
import dev.vigil.application.port.in.maintenance.ListUpcomingMaintenances;
import dev.vigil.application.port.in.maintenance.MaintenanceSnapshot;
import dev.vigil.application.port.in.maintenance.RescheduleMaintenance;
import dev.vigil.application.port.in.maintenance.RescheduleMaintenanceCommand;
import dev.vigil.application.port.in.maintenance.ScheduleMaintenance;
import dev.vigil.application.port.in.maintenance.ScheduleMaintenanceCommand;
import dev.vigil.application.port.in.maintenance.ShowMaintenance;
import dev.vigil.domain.maintenance.MaintenanceId;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.system.SystemId;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code /api/maintenances}: plan, change, cancel and list maintenance windows. */
public final class MaintenanceController {
    private static final String[] FIELDS = {"title", "description", "start_time", "end_time", "system_ids"};

    /** The maintenance use cases the routes call. */
    public record UseCases(ScheduleMaintenance schedule, RescheduleMaintenance reschedule, CancelMaintenance cancel,
                           DeleteMaintenance delete, ShowMaintenance show, ListMaintenances list,
                           ListActiveMaintenances active, ListUpcomingMaintenances upcoming) {
    }

    private final UseCases useCases;
    private final JsonRequests requests;

    public MaintenanceController(UseCases useCases, JsonRequests requests) {
        this.useCases = useCases;
        this.requests = requests;
    }

    public void list(Context ctx) {
        int limit = Params.cappedInt(ctx, "limit", ListMaintenances.DEFAULT_LIMIT, 1, ListMaintenances.MAX_LIMIT);
        int offset = Params.cappedInt(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        respond(ctx, useCases.list().page(limit, offset));
    }

    public void active(Context ctx) {
        respond(ctx, useCases.active().active());
    }

    public void upcoming(Context ctx) {
        respond(ctx, useCases.upcoming().upcoming());
    }

    public void create(Context ctx) {
        RequestBody body = requests.body(ctx).allowOnly(FIELDS);
        var command = new ScheduleMaintenanceCommand(body.requiredText("title"), body.text("description").orElse(""),
                body.instant("start_time").orElseThrow(() -> new IllegalArgumentException("start_time is required")),
                body.instant("end_time").orElseThrow(() -> new IllegalArgumentException("end_time is required")),
                systemIds(body).orElse(Set.of()));
        ctx.status(HttpStatus.CREATED).json(MaintenanceResponse.of(useCases.schedule().schedule(command)));
    }

    public void show(Context ctx) {
        ctx.json(MaintenanceResponse.of(useCases.show().show(maintenanceId(ctx))));
    }

    public void update(Context ctx) {
        MaintenanceId id = maintenanceId(ctx);
        RequestBody body = requests.body(ctx).allowOnly(FIELDS);
        var command = new RescheduleMaintenanceCommand(id, body.text("title"), body.text("description"),
                body.instant("start_time"), body.instant("end_time"),
                body.has("system_ids") ? Optional.of(systemIds(body).orElse(Set.of())) : Optional.empty());
        ctx.json(MaintenanceResponse.of(useCases.reschedule().reschedule(command)));
    }

    public void delete(Context ctx) {
        useCases.delete().delete(maintenanceId(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    public void cancel(Context ctx) {
        ctx.json(MaintenanceResponse.of(useCases.cancel().cancel(maintenanceId(ctx))));
    }

    private static void respond(Context ctx, List<MaintenanceSnapshot> windows) {
        ctx.json(windows.stream().map(MaintenanceResponse::of).toList());
    }

    private static MaintenanceId maintenanceId(Context ctx) {
        return new MaintenanceId(Params.id(ctx, "id"));
    }

    private static Optional<Set<SystemId>> systemIds(RequestBody body) {
        return body.idSet("system_ids", MaintenanceWindow.SYSTEMS_MAX)
                .map(ids -> ids.stream().map(SystemId::new).collect(Collectors.toSet()));
    }
}
