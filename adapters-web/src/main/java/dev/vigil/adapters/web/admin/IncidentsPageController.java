package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.Params;
import dev.vigil.adapters.web.incident.IncidentController;
import dev.vigil.application.port.in.incident.ChangeIncidentStateCommand;
import dev.vigil.application.port.in.incident.EditIncidentCommand;
import dev.vigil.application.port.in.incident.ListIncidents;
import dev.vigil.application.port.in.incident.OpenIncidentCommand;
import dev.vigil.application.port.in.incident.PostIncidentUpdateCommand;
import dev.vigil.application.port.in.incident.ResolveIncidentCommand;
import dev.vigil.application.port.in.system.ListSystems;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentId;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.incident.UpdateVisibility;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /admin/incidents}: open an incident, follow it, post public or internal updates, acknowledge, resolve,
 * write its postmortem. The same use cases as {@code /api/incidents}; who acts is the logged-in user.
 */
public final class IncidentsPageController {
    private final IncidentController.UseCases incidents;
    private final ListSystems systems;
    private final AdminPages pages;
    private final Clock clock;

    public IncidentsPageController(IncidentController.UseCases incidents, ListSystems systems, AdminPages pages,
                                   Clock clock) {
        this.incidents = incidents;
        this.systems = systems;
        this.pages = pages;
        this.clock = clock;
    }

    public void list(Context ctx) {
        renderList(ctx, 200, Notices.text(ctx.queryParam("notice")),
                FormState.of(Map.of("impact", "minor", "visibility", "public")));
    }

    public void open(Context ctx) {
        Form form = Form.of(ctx);
        Incident[] opened = new Incident[1];
        var refused = Refusals.attempt(() -> opened[0] = incidents.open().open(new OpenIncidentCommand(
                form.text("title"), Impact.fromWire(form.text("impact")),
                AdminText.systemIds(form, "system_ids", Incident.SYSTEMS_MAX), form.text("message"),
                UpdateVisibility.fromWire(form.text("visibility")), by(ctx), Optional.empty())));
        if (refused.isPresent()) {
            renderList(ctx, refused.get().status(), "", FormState.refused(form, refused.get().message()));
            return;
        }
        ctx.redirect("/admin/incidents/" + opened[0].id().value() + "?notice=incident-opened", HttpStatus.SEE_OTHER);
    }

    public void show(Context ctx) {
        render(ctx, 200, id(ctx), Notices.text(ctx.queryParam("notice")), Optional.empty());
    }

    public void edit(Context ctx) {
        IncidentId id = id(ctx);
        Form form = Form.of(ctx);
        Incident incident = incidents.show().show(id);
        EditIncidentCommand command = incident.isResolved()
                ? new EditIncidentCommand(id, Optional.empty(), Optional.empty(), Optional.empty(), form.present("postmortem"))
                : new EditIncidentCommand(id, form.present("title"), form.present("impact").map(Impact::fromWire),
                        Optional.of(AdminText.systemIds(form, "system_ids", Incident.SYSTEMS_MAX)),
                        form.present("postmortem"));
        submit(ctx, id, form, "edit", "incident-edited", () -> incidents.edit().edit(command));
    }

    public void postUpdate(Context ctx) {
        IncidentId id = id(ctx);
        Form form = Form.of(ctx);
        submit(ctx, id, form, "update", "incident-updated", () -> incidents.postUpdate().post(
                new PostIncidentUpdateCommand(id, form.text("message"),
                        UpdateVisibility.fromWire(form.text("visibility")), by(ctx))));
    }

    public void changeState(Context ctx) {
        IncidentId id = id(ctx);
        Form form = Form.of(ctx);
        submit(ctx, id, form, "state", "incident-state-changed", () -> incidents.changeState().change(
                new ChangeIncidentStateCommand(id, IncidentState.fromWire(form.text("state")), form.text("message"),
                        UpdateVisibility.fromWire(form.text("visibility")), by(ctx))));
    }

    public void acknowledge(Context ctx) {
        IncidentId id = id(ctx);
        submit(ctx, id, Form.of(ctx), "acknowledge", "incident-acknowledged",
                () -> incidents.acknowledge().acknowledge(id, by(ctx)));
    }

    public void resolve(Context ctx) {
        IncidentId id = id(ctx);
        Form form = Form.of(ctx);
        submit(ctx, id, form, "resolve", "incident-resolved", () -> incidents.resolve().resolve(
                new ResolveIncidentCommand(id, form.text("message"),
                        form.text("postmortem").isBlank() ? Optional.empty() : Optional.of(form.text("postmortem")),
                        by(ctx))));
    }

    public void delete(Context ctx) {
        IncidentId id = id(ctx);
        Form form = Form.of(ctx);
        if (!form.text("confirm").equals("yes")) {
            render(ctx, 400, id, "", Optional.of(new IncidentView.Refusal("delete",
                    FormState.refused(form, "Tick the box to confirm that the incident and its timeline go."))));
            return;
        }
        incidents.delete().delete(id);
        ctx.redirect("/admin/incidents?notice=incident-deleted", HttpStatus.SEE_OTHER);
    }

    private void submit(Context ctx, IncidentId id, Form form, String formId, String notice, Runnable change) {
        Refusals.attempt(change).ifPresentOrElse(
                refused -> render(ctx, refused.status(), id, "", Optional.of(new IncidentView.Refusal(formId,
                        FormState.refused(form, refused.message())))),
                () -> ctx.redirect("/admin/incidents/" + id.value() + "?notice=" + notice, HttpStatus.SEE_OTHER));
    }

    private void renderList(Context ctx, int status, String notice, FormState open) {
        var chrome = pages.chrome(AdminGuard.session(ctx), "Incidents", "incidents", "/admin/incidents");
        pages.send(ctx, status, "admin/incidents.jte", IncidentsView.from(incidents.active().active(),
                incidents.list().page(ListIncidents.DEFAULT_LIMIT, 0), systems.list(), clock.instant(), chrome, notice,
                open));
    }

    private void render(Context ctx, int status, IncidentId id, String notice, Optional<IncidentView.Refusal> refusal) {
        Incident incident = incidents.show().show(id);
        var chrome = pages.chrome(AdminGuard.session(ctx), "Incident " + id.value(), "incidents",
                "/admin/incidents/" + id.value());
        pages.send(ctx, status, "admin/incident.jte", IncidentView.from(incident, systems.list(), clock.instant(),
                chrome, notice, refusal));
    }

    private static String by(Context ctx) {
        return AdminGuard.session(ctx).username().value();
    }

    private static IncidentId id(Context ctx) {
        return new IncidentId(Params.id(ctx, "id"));
    }
}
