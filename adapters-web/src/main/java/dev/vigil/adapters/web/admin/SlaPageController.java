package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.Params;
import dev.vigil.adapters.web.sla.SlaController;
import dev.vigil.adapters.web.sla.SlaReportCsv;
import dev.vigil.application.port.in.sla.CreateSlaReportCommand;
import dev.vigil.application.port.in.sla.ListSlaBreaches;
import dev.vigil.application.port.in.sla.ListSlaStatuses;
import dev.vigil.domain.sla.SlaBreachId;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.sla.SlaReport;
import dev.vigil.domain.sla.SlaReportId;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.SystemId;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/**
 * {@code /admin/sla}: every system's SLA in a period, its target (changeable), the breaches (acknowledgeable, and
 * checked for on demand), and stored reports (create, view, download as CSV, delete). The same use cases as
 * {@code /api/sla/…} and {@code PUT /api/systems/{id}/sla-target}.
 */
public final class SlaPageController {
    static final int REPORTS = 20;

    private final SlaController.UseCases sla;
    private final ListSlaStatuses statuses;
    private final AdminPages pages;

    public SlaPageController(SlaController.UseCases sla, ListSlaStatuses statuses, AdminPages pages) {
        this.sla = sla;
        this.statuses = statuses;
        this.pages = pages;
    }

    public void show(Context ctx) {
        render(ctx, 200, period(ctx), Notices.text(ctx.queryParam("notice")), Optional.empty());
    }

    public void changeTarget(Context ctx) {
        SystemId id = new SystemId(Params.id(ctx, "id"));
        Form form = Form.of(ctx);
        submit(ctx, form, "target-" + id.value(), "sla-target-changed",
                () -> sla.changeTarget().change(id, new SlaTarget(Refusals.number(form.text("sla_target"), "SLA target"))));
    }

    public void createReport(Context ctx) {
        Form form = Form.of(ctx);
        SlaReport[] made = new SlaReport[1];
        var refused = Refusals.attempt(() -> made[0] = sla.createReport().create(new CreateSlaReportCommand(
                form.present("title").filter(t -> !t.isBlank()), Optional.of(SlaPeriod.fromWire(form.text("period"))),
                Optional.empty(), Optional.empty(), AdminGuard.session(ctx).username().value())));
        if (refused.isPresent()) {
            render(ctx, refused.get().status(), SlaPeriod.MONTH, "",
                    Optional.of(new SlaView.Refusal("report", FormState.refused(form, refused.get().message()))));
            return;
        }
        ctx.redirect("/admin/sla/reports/" + made[0].id().value(), HttpStatus.SEE_OTHER);
    }

    public void showReport(Context ctx) {
        SlaReport report = sla.showReport().show(reportId(ctx));
        var chrome = pages.chrome(AdminGuard.session(ctx), report.title(), "sla", "/admin/sla/reports/" + report.id().value());
        pages.send(ctx, 200, "admin/slaReport.jte", SlaReportView.from(report, chrome));
    }

    public void reportCsv(Context ctx) {
        SlaReport report = sla.showReport().show(reportId(ctx));
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Disposition", "attachment; filename=\"sla-report-" + report.id() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(SlaReportCsv.of(report));
    }

    public void deleteReport(Context ctx) {
        sla.deleteReport().delete(reportId(ctx));
        ctx.redirect("/admin/sla?notice=sla-report-deleted", HttpStatus.SEE_OTHER);
    }

    public void acknowledgeBreach(Context ctx) {
        SlaBreachId id = new SlaBreachId(Params.id(ctx, "id"));
        submit(ctx, Form.of(ctx), "breach-" + id.value(), "breach-acknowledged",
                () -> sla.acknowledgeBreach().acknowledge(id, AdminGuard.session(ctx).username().value()));
    }

    public void checkBreaches(Context ctx) {
        Form form = Form.of(ctx);
        submit(ctx, form, "check", "breaches-checked",
                () -> sla.evaluateBreaches().evaluate(Optional.of(SlaPeriod.fromWire(form.text("period")))));
    }

    private void submit(Context ctx, Form form, String formId, String notice, Runnable change) {
        Refusals.attempt(change).ifPresentOrElse(
                refused -> render(ctx, refused.status(), SlaPeriod.MONTH, "",
                        Optional.of(new SlaView.Refusal(formId, FormState.refused(form, refused.message())))),
                () -> ctx.redirect("/admin/sla?notice=" + notice, HttpStatus.SEE_OTHER));
    }

    private void render(Context ctx, int status, SlaPeriod period, String notice, Optional<SlaView.Refusal> refusal) {
        var chrome = pages.chrome(AdminGuard.session(ctx), "SLA", "sla", "/admin/sla?period=" + period.wireName());
        pages.send(ctx, status, "admin/sla.jte", SlaView.from(period, statuses.list(period),
                sla.listBreaches().list(false, Optional.empty(), ListSlaBreaches.DEFAULT_LIMIT),
                sla.listReports().latest(REPORTS), chrome, notice, refusal));
    }

    private static SlaPeriod period(Context ctx) {
        String raw = ctx.queryParam("period");
        return raw == null || raw.isBlank() ? SlaPeriod.MONTH : SlaPeriod.fromWire(raw);
    }

    private static SlaReportId reportId(Context ctx) {
        return new SlaReportId(Params.id(ctx, "id"));
    }
}
