package dev.vigil.adapters.web.sla;

import dev.vigil.adapters.web.ApiAuth;
import dev.vigil.adapters.web.HttpProblem;
import dev.vigil.adapters.web.JsonRequests;
import dev.vigil.adapters.web.Params;
import dev.vigil.adapters.web.RequestBody;
import dev.vigil.adapters.web.system.SystemResponse;
import dev.vigil.application.port.in.sla.AcknowledgeSlaBreach;
import dev.vigil.application.port.in.sla.ChangeSlaTarget;
import dev.vigil.application.port.in.sla.CreateSlaReport;
import dev.vigil.application.port.in.sla.CreateSlaReportCommand;
import dev.vigil.application.port.in.sla.DeleteSlaReport;
import dev.vigil.application.port.in.sla.EvaluateSlaBreaches;
import dev.vigil.application.port.in.sla.ListSlaBreaches;
import dev.vigil.application.port.in.sla.ListSlaReports;
import dev.vigil.application.port.in.sla.ShowSlaReport;
import dev.vigil.application.port.in.sla.ShowSlaStatus;
import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaBreachId;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.sla.SlaReport;
import dev.vigil.domain.sla.SlaReportId;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.SystemId;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** SLA targets, status, stored reports (JSON or CSV) and breaches. */
public final class SlaController {
    /** The SLA use cases the routes call. */
    public record UseCases(ChangeSlaTarget changeTarget, ShowSlaStatus status, CreateSlaReport createReport,
                           ListSlaReports listReports, ShowSlaReport showReport, DeleteSlaReport deleteReport,
                           ListSlaBreaches listBreaches, AcknowledgeSlaBreach acknowledgeBreach,
                           EvaluateSlaBreaches evaluateBreaches) {
    }

    private final UseCases useCases;
    private final JsonRequests requests;

    public SlaController(UseCases useCases, JsonRequests requests) {
        this.useCases = useCases;
        this.requests = requests;
    }

    public void changeTarget(Context ctx) {
        SystemId id = systemId(ctx);
        RequestBody body = requests.body(ctx).allowOnly("sla_target");
        SlaTarget target = new SlaTarget(body.number("sla_target")
                .orElseThrow(() -> HttpProblem.badRequest("sla_target is required")));
        ctx.json(SystemResponse.of(useCases.changeTarget().change(id, target)));
    }

    public void status(Context ctx) {
        SystemId id = systemId(ctx);
        SlaPeriod period = Optional.ofNullable(ctx.queryParam("period")).map(SlaPeriod::fromWire)
                .orElse(SlaPeriod.MONTH);
        ctx.json(SlaStatusResponse.of(useCases.status().show(id, period)));
    }

    public void createReport(Context ctx) {
        RequestBody body = requests.optionalBody(ctx).allowOnly("title", "period", "from", "to");
        var command = new CreateSlaReportCommand(body.text("title"), body.parsed("period", SlaPeriod::fromWire),
                body.instant("from"), body.instant("to"), ApiAuth.callerName(ctx).orElse(""));
        ctx.status(HttpStatus.CREATED).json(SlaReportResponse.of(useCases.createReport().create(command)));
    }

    public void listReports(Context ctx) {
        int limit = Params.cappedInt(ctx, "limit", ListSlaReports.DEFAULT_LIMIT, 1, ListSlaReports.MAX_LIMIT);
        ctx.json(useCases.listReports().latest(limit).stream().map(SlaReportResponse::of).toList());
    }

    public void showReport(Context ctx) {
        String format = Optional.ofNullable(ctx.queryParam("format")).map(f -> f.strip().toLowerCase(Locale.ROOT))
                .orElse("json");
        if (!format.equals("json") && !format.equals("csv")) {
            throw HttpProblem.badRequest("format must be json or csv");
        }
        SlaReport report = useCases.showReport().show(new SlaReportId(Params.id(ctx, "id")));
        SlaReportResponse response = SlaReportResponse.of(report);
        if (format.equals("csv")) {
            ctx.contentType("text/csv; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"sla-report-" + report.id() + ".csv\"");
            ctx.result(SlaReportCsv.of(response.rows()));
        } else {
            ctx.json(response);
        }
    }

    public void deleteReport(Context ctx) {
        useCases.deleteReport().delete(new SlaReportId(Params.id(ctx, "id")));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    public void listBreaches(Context ctx) {
        respond(ctx, useCases.listBreaches().list(unacknowledgedOnly(ctx), Optional.empty(), limit(ctx)));
    }

    public void listBreachesOfSystem(Context ctx) {
        SystemId id = systemId(ctx);
        respond(ctx, useCases.listBreaches().list(unacknowledgedOnly(ctx), Optional.of(id), limit(ctx)));
    }

    public void acknowledgeBreach(Context ctx) {
        SlaBreachId id = new SlaBreachId(Params.id(ctx, "id"));
        RequestBody body = requests.optionalBody(ctx).allowOnly("by");
        String by = body.text("by").filter(b -> !b.isBlank()).or(() -> ApiAuth.callerName(ctx))
                .orElseThrow(() -> HttpProblem.badRequest("by is required"));
        ctx.json(SlaBreachResponse.of(useCases.acknowledgeBreach().acknowledge(id, by)));
    }

    /** On demand: the current period of {@code ?period=} (month when absent). */
    public void checkBreaches(Context ctx) {
        SlaPeriod period = Optional.ofNullable(ctx.queryParam("period")).map(SlaPeriod::fromWire)
                .orElse(SlaPeriod.MONTH);
        List<SlaBreach> found = useCases.evaluateBreaches().evaluate(Optional.of(period));
        ctx.json(new CheckResponse(found.size(), found.stream().map(SlaBreachResponse::of).toList()));
    }

    /** The breaches a check recorded. */
    public record CheckResponse(int breachesFound, List<SlaBreachResponse> breaches) {
    }

    private static void respond(Context ctx, List<SlaBreach> breaches) {
        ctx.json(breaches.stream().map(SlaBreachResponse::of).toList());
    }

    private static boolean unacknowledgedOnly(Context ctx) {
        String raw = ctx.queryParam("unacknowledged");
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw HttpProblem.badRequest("unacknowledged must be true or false");
        };
    }

    private static int limit(Context ctx) {
        return Params.cappedInt(ctx, "limit", ListSlaBreaches.DEFAULT_LIMIT, 1, ListSlaBreaches.MAX_LIMIT);
    }

    private static SystemId systemId(Context ctx) {
        return new SystemId(Params.id(ctx, "id"));
    }
}
