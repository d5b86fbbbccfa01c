package dev.vigil.adapters.web.system;

import dev.vigil.adapters.web.JsonRequests;
import dev.vigil.adapters.web.Params;
import dev.vigil.adapters.web.RequestBody;
import dev.vigil.application.port.in.system.ChangeSystemStatus;
import dev.vigil.application.port.in.system.ChangeSystemStatusCommand;
import dev.vigil.application.port.in.system.CreateSystem;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.application.port.in.system.DeleteSystem;
import dev.vigil.application.port.in.system.ListSystems;
import dev.vigil.application.port.in.system.ShowSystem;
import dev.vigil.application.port.in.system.UpdateSystem;
import dev.vigil.application.port.in.system.UpdateSystemCommand;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.Slug;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.system.Visibility;
import dev.vigil.domain.system.SystemDetails;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Optional;

/** {@code /api/systems}: register, describe, list, delete systems and set their status by hand. */
public final class SystemController {
    static final String[] FIELDS = {"name", "slug", "description", "url", "owner", "visibility", "sla_target",
        "auto_incident_after"};

    private final CreateSystem create;
    private final UpdateSystem update;
    private final DeleteSystem delete;
    private final ChangeSystemStatus changeStatus;
    private final ListSystems list;
    private final ShowSystem show;
    private final JsonRequests requests;

    public SystemController(CreateSystem create, UpdateSystem update, DeleteSystem delete,
                            ChangeSystemStatus changeStatus, ListSystems list, ShowSystem show,
                            JsonRequests requests) {
        this.create = create;
        this.update = update;
        this.delete = delete;
        this.changeStatus = changeStatus;
        this.list = list;
        this.show = show;
        this.requests = requests;
    }

    public void list(Context ctx) {
        ctx.json(list.list().stream().map(SystemResponse::of).toList());
    }

    public void show(Context ctx) {
        ctx.json(SystemResponse.of(show.show(systemId(ctx))));
    }

    public void create(Context ctx) {
        RequestBody body = requests.body(ctx).allowOnly(FIELDS);
        var command = new CreateSystemCommand(body.requiredText("name"), body.parsed("slug", Slug::of),
                body.text("description").orElse(""), body.text("url").orElse(""), body.text("owner").orElse(""),
                body.parsed("visibility", Visibility::fromWire).orElse(Visibility.PUBLIC),
                body.number("sla_target").map(SlaTarget::new).orElse(SlaTarget.DEFAULT),
                autoIncidentAfter(body).orElse(SystemDetails.DEFAULT_AUTO_INCIDENT_AFTER));
        ctx.status(HttpStatus.CREATED).json(SystemResponse.of(create.create(command)));
    }

    public void update(Context ctx) {
        SystemId id = systemId(ctx);
        RequestBody body = requests.body(ctx).allowOnly(FIELDS);
        var command = new UpdateSystemCommand(id, body.text("name"), body.parsed("slug", Slug::of),
                body.text("description"), body.text("url"), body.text("owner"),
                body.parsed("visibility", Visibility::fromWire), body.number("sla_target").map(SlaTarget::new),
                autoIncidentAfter(body));
        ctx.json(SystemResponse.of(update.update(command)));
    }

    public void delete(Context ctx) {
        delete.delete(systemId(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    public void changeStatus(Context ctx) {
        SystemId id = systemId(ctx);
        RequestBody body = requests.body(ctx).allowOnly("status", "message");
        var command = new ChangeSystemStatusCommand(id, Status.fromWire(body.requiredText("status")),
                body.text("message").orElse(""));
        ctx.json(SystemResponse.of(changeStatus.change(command)));
    }

    /** Seconds a system may stay in outage before an incident opens by itself; 0 turns that off. */
    private static Optional<Duration> autoIncidentAfter(RequestBody body) {
        return body.integer("auto_incident_after", 0, SystemDetails.MAX_AUTO_INCIDENT_AFTER.toSeconds())
                .map(Duration::ofSeconds);
    }

    static SystemId systemId(Context ctx) {
        return new SystemId(Params.id(ctx, "id"));
    }
}
