package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.Params;
import dev.vigil.application.port.in.check.FindChecks;
import dev.vigil.application.port.in.dependency.AddDependency;
import dev.vigil.application.port.in.dependency.AddDependencyCommand;
import dev.vigil.application.port.in.dependency.ListDependencies;
import dev.vigil.application.port.in.log.ReadStatusLog;
import dev.vigil.application.port.in.log.StatusLogQuery;
import dev.vigil.application.port.in.sla.ShowSlaStatus;
import dev.vigil.application.port.in.status.ShowSystemTrends;
import dev.vigil.application.port.in.system.ChangeSystemStatus;
import dev.vigil.application.port.in.system.ChangeSystemStatusCommand;
import dev.vigil.application.port.in.system.DeleteSystem;
import dev.vigil.application.port.in.system.ShowSystem;
import dev.vigil.application.port.in.system.UpdateSystem;
import dev.vigil.application.port.in.system.UpdateSystemCommand;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.Slug;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.system.Visibility;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;

/**
 * {@code /admin/systems/{id}}: one system's page and its forms. Every form calls the use case the API calls; a
 * refused form comes back with the reason and what was typed, anything else redirects back to the page (so a reload
 * never submits twice).
 */
public final class SystemPageController {
    static final int LOG_ENTRIES = 50;

    private final ShowSystem show;
    private final ListDependencies dependencies;
    private final ReadStatusLog log;
    private final UpdateSystem update;
    private final ChangeSystemStatus changeStatus;
    private final DeleteSystem delete;
    private final AddDependency addDependency;
    private final AdminPages pages;
    private final Reads reads;

    /** What the page reads besides the system, its dependencies and its log: checks, trends, SLA. */
    public record Reads(FindChecks checks, ShowSystemTrends trends, ShowSlaStatus sla) {
        public Reads {
            java.util.Objects.requireNonNull(checks, "checks");
            java.util.Objects.requireNonNull(trends, "trends");
            java.util.Objects.requireNonNull(sla, "sla");
        }
    }

    public SystemPageController(ShowSystem show, ListDependencies dependencies, ReadStatusLog log, UpdateSystem update,
                                ChangeSystemStatus changeStatus, DeleteSystem delete, AddDependency addDependency,
                                AdminPages pages, Reads reads) {
        this.show = show;
        this.dependencies = dependencies;
        this.log = log;
        this.update = update;
        this.changeStatus = changeStatus;
        this.delete = delete;
        this.addDependency = addDependency;
        this.pages = pages;
        this.reads = reads;
    }

    public void show(Context ctx) {
        render(ctx, 200, id(ctx), Notices.text(ctx.queryParam("notice")), Optional.empty());
    }

    public void update(Context ctx) {
        SystemId id = id(ctx);
        Form form = Form.of(ctx);
        submit(ctx, id, form, "details", "system-updated", "", () -> update.update(new UpdateSystemCommand(id,
                form.present("name"), form.present("slug").map(Slug::of), form.present("description"),
                form.present("url"), form.present("owner"), form.present("visibility").map(Visibility::fromWire),
                form.present("sla_target").map(t -> new SlaTarget(Refusals.number(t, "sla_target"))))));
    }

    public void changeStatus(Context ctx) {
        SystemId id = id(ctx);
        Form form = Form.of(ctx);
        submit(ctx, id, form, "status", "status-changed", "", () -> changeStatus.change(
                new ChangeSystemStatusCommand(id, Status.fromWire(form.text("status")), form.text("message"))));
    }

    public void addDependency(Context ctx) {
        SystemId id = id(ctx);
        Form form = Form.of(ctx);
        submit(ctx, id, form, "add-dependency", "dependency-added", "#dependencies", () -> addDependency.add(
                new AddDependencyCommand(id, form.text("name"), form.text("description"),
                        Criticality.fromWire(form.text("criticality")))));
    }

    public void delete(Context ctx) {
        SystemId id = id(ctx);
        Form form = Form.of(ctx);
        if (!form.text("confirm").equals("yes")) {
            render(ctx, 400, id, "", Optional.of(new SystemDetailView.Refusal("delete",
                    FormState.refused(form, "Tick the box to confirm that the system and its dependencies go."))));
            return;
        }
        delete.delete(id);
        ctx.redirect("/admin?notice=system-deleted", HttpStatus.SEE_OTHER);
    }

    /** Runs a form's change and redirects back, or shows the page again with the form refused. */
    void submit(Context ctx, SystemId system, Form form, String formId, String notice, String anchor, Runnable change) {
        Refusals.attempt(change).ifPresentOrElse(
                refused -> render(ctx, refused.status(), system, "",
                        Optional.of(new SystemDetailView.Refusal(formId, FormState.refused(form, refused.message())))),
                () -> ctx.redirect("/admin/systems/" + system.value() + "?notice=" + notice + anchor, HttpStatus.SEE_OTHER));
    }

    void render(Context ctx, int status, SystemId id, String notice, Optional<SystemDetailView.Refusal> refusal) {
        render(ctx, status, id, notice, refusal, SystemDetailView.OneTimeSecret.none());
    }

    /** The page, with a secret shown this once (a push token just made) when there is one. */
    void render(Context ctx, int status, SystemId id, String notice, Optional<SystemDetailView.Refusal> refusal,
                SystemDetailView.OneTimeSecret secret) {
        MonitoredSystem system = show.show(id);
        var chrome = pages.chrome(AdminGuard.session(ctx), system.name(), "dashboard", "/admin/systems/" + id.value());
        List<Dependency> theirs = dependencies.of(id);
        var data = new SystemDetailView.Data(system, theirs, log.read(StatusLogQuery.ofSystem(id, LOG_ENTRIES)),
                reads.checks().of(theirs.stream().map(Dependency::id).toList()), reads.trends().of(id),
                reads.sla().show(id, SlaPeriod.MONTH));
        pages.send(ctx, status, "admin/system.jte", SystemDetailView.from(data, chrome, notice, refusal, secret));
    }

    private static SystemId id(Context ctx) {
        return new SystemId(Params.id(ctx, "id"));
    }
}
