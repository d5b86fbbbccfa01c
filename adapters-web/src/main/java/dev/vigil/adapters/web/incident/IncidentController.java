package dev.vigil.adapters.web.incident;

import dev.vigil.adapters.web.ApiAuth;
import dev.vigil.adapters.web.HttpProblem;
import dev.vigil.adapters.web.JsonRequests;
import dev.vigil.adapters.web.Params;
import dev.vigil.adapters.web.RequestBody;
import dev.vigil.application.port.in.incident.AcknowledgeIncident;
import dev.vigil.application.port.in.incident.ChangeIncidentState;
import dev.vigil.application.port.in.incident.ChangeIncidentStateCommand;
import dev.vigil.application.port.in.incident.DeleteIncident;
import dev.vigil.application.port.in.incident.EditIncident;
import dev.vigil.application.port.in.incident.EditIncidentCommand;
import dev.vigil.application.port.in.incident.ListActiveIncidents;
import dev.vigil.application.port.in.incident.ListIncidents;
import dev.vigil.application.port.in.incident.ListRecentIncidents;
import dev.vigil.application.port.in.incident.OpenIncident;
import dev.vigil.application.port.in.incident.OpenIncidentCommand;
import dev.vigil.application.port.in.incident.PostIncidentUpdate;
import dev.vigil.application.port.in.incident.PostIncidentUpdateCommand;
import dev.vigil.application.port.in.incident.ResolveIncident;
import dev.vigil.application.port.in.incident.ResolveIncidentCommand;
import dev.vigil.application.port.in.incident.ShowIncident;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentId;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.incident.UpdateVisibility;
import dev.vigil.domain.system.SystemId;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code /api/incidents}: open, follow and resolve incidents, with public and internal updates. */
public final class IncidentController {
    private final OpenIncident open;
    private final ListIncidents list;
    private final ListActiveIncidents active;
    private final ListRecentIncidents recent;
    private final ShowIncident show;
    private final EditIncident edit;
    private final DeleteIncident delete;
    private final ChangeIncidentState changeState;
    private final PostIncidentUpdate postUpdate;
    private final AcknowledgeIncident acknowledge;
    private final ResolveIncident resolve;
    private final JsonRequests requests;
    private final Clock clock;

    /** The incident use cases the routes call. */
    public record UseCases(OpenIncident open, ListIncidents list, ListActiveIncidents active,
                           ListRecentIncidents recent, ShowIncident show, EditIncident edit, DeleteIncident delete,
                           ChangeIncidentState changeState, PostIncidentUpdate postUpdate,
                           AcknowledgeIncident acknowledge, ResolveIncident resolve) {
    }

    public IncidentController(UseCases useCases, JsonRequests requests, Clock clock) {
        this.open = useCases.open();
        this.list = useCases.list();
        this.active = useCases.active();
        this.recent = useCases.recent();
        this.show = useCases.show();
        this.edit = useCases.edit();
        this.delete = useCases.delete();
        this.changeState = useCases.changeState();
        this.postUpdate = useCases.postUpdate();
        this.acknowledge = useCases.acknowledge();
        this.resolve = useCases.resolve();
        this.requests = requests;
        this.clock = clock;
    }

    public void list(Context ctx) {
        int limit = Params.cappedInt(ctx, "limit", ListIncidents.DEFAULT_LIMIT, 1, ListIncidents.MAX_LIMIT);
        int offset = Params.cappedInt(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        respond(ctx, list.page(limit, offset));
    }

    public void active(Context ctx) {
        respond(ctx, active.active());
    }

    public void recent(Context ctx) {
        int days = Params.cappedInt(ctx, "days", ListRecentIncidents.DEFAULT_DAYS, 1, ListRecentIncidents.MAX_DAYS);
        respond(ctx, recent.resolvedWithin(days));
    }

    public void create(Context ctx) {
        RequestBody body = requests.body(ctx).allowOnly("title", "message", "impact", "system_ids", "visibility",
                "by", "started_at");
        var command = new OpenIncidentCommand(body.requiredText("title"),
                body.parsed("impact", Impact::fromWire).orElse(Impact.MINOR), systemIds(body),
                body.requiredText("message"), visibility(body), by(ctx, body), body.instant("started_at"));
        ctx.status(HttpStatus.CREATED).json(IncidentResponse.of(open.open(command), clock.instant()));
    }

    public void show(Context ctx) {
        ctx.json(IncidentResponse.of(show.show(incidentId(ctx)), clock.instant()));
    }

    public void update(Context ctx) {
        IncidentId id = incidentId(ctx);
        RequestBody body = requests.body(ctx).allowOnly("title", "impact", "system_ids", "postmortem");
        Optional<Set<SystemId>> systems = body.has("system_ids") ? Optional.of(systemIds(body)) : Optional.empty();
        var command = new EditIncidentCommand(id, body.text("title"), body.parsed("impact", Impact::fromWire),
                systems, body.text("postmortem"));
        ctx.json(IncidentResponse.of(edit.edit(command), clock.instant()));
    }

    public void delete(Context ctx) {
        delete.delete(incidentId(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    public void changeState(Context ctx) {
        IncidentId id = incidentId(ctx);
        RequestBody body = requests.body(ctx).allowOnly("state", "message", "visibility", "by");
        var command = new ChangeIncidentStateCommand(id, IncidentState.fromWire(body.requiredText("state")),
                body.text("message").orElse(""), visibility(body), by(ctx, body));
        ctx.json(IncidentResponse.of(changeState.change(command), clock.instant()));
    }

    public void updates(Context ctx) {
        ctx.json(IncidentResponse.of(show.show(incidentId(ctx)), clock.instant()).updates());
    }

    public void postUpdate(Context ctx) {
        IncidentId id = incidentId(ctx);
        RequestBody body = requests.body(ctx).allowOnly("message", "visibility", "by");
        Incident updated = postUpdate.post(new PostIncidentUpdateCommand(id, body.requiredText("message"),
                visibility(body), by(ctx, body)));
        ctx.status(HttpStatus.CREATED).json(IncidentUpdateResponse.of(id, updated.latestUpdate()));
    }

    public void acknowledge(Context ctx) {
        IncidentId id = incidentId(ctx);
        RequestBody body = requests.optionalBody(ctx).allowOnly("by");
        ctx.json(IncidentResponse.of(acknowledge.acknowledge(id, by(ctx, body)), clock.instant()));
    }

    public void resolve(Context ctx) {
        IncidentId id = incidentId(ctx);
        RequestBody body = requests.optionalBody(ctx).allowOnly("message", "postmortem", "by");
        var command = new ResolveIncidentCommand(id, body.text("message").orElse(""), body.text("postmortem"),
                by(ctx, body));
        ctx.json(IncidentResponse.of(resolve.resolve(command), clock.instant()));
    }

    private void respond(Context ctx, List<Incident> incidents) {
        var now = clock.instant();
        ctx.json(incidents.stream().map(i -> IncidentResponse.of(i, now)).toList());
    }

    private static IncidentId incidentId(Context ctx) {
        return new IncidentId(Params.id(ctx, "id"));
    }

    private static Set<SystemId> systemIds(RequestBody body) {
        return body.idSet("system_ids", Incident.SYSTEMS_MAX).map(IncidentController::toSystemIds).orElse(Set.of());
    }

    private static Set<SystemId> toSystemIds(Set<Long> ids) {
        return ids.stream().map(SystemId::new).collect(Collectors.toSet());
    }

    private static UpdateVisibility visibility(RequestBody body) {
        return body.parsed("visibility", UpdateVisibility::fromWire).orElse(UpdateVisibility.PUBLIC);
    }

    /** Who is acting: {@code by} when the request says, else the name of its API key. */
    private static String by(Context ctx, RequestBody body) {
        String given = body.text("by").orElse("");
        if (!given.isBlank()) {
            return given;
        }
        return ApiAuth.callerName(ctx).orElseThrow(() -> HttpProblem.badRequest("by is required"));
    }
}
