package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.page.HeatMap;
import dev.vigil.adapters.web.page.LatencyChart;
import dev.vigil.adapters.web.page.StatusDetails;
import dev.vigil.adapters.web.page.UptimeBars;
import dev.vigil.application.port.in.sla.SlaStatus;
import dev.vigil.application.port.in.status.StatusTrends;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.CheckKind;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.HttpCheck;
import dev.vigil.domain.check.PushCheck;
import dev.vigil.domain.check.TcpCheck;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.StatusRollup;
import dev.vigil.domain.system.Visibility;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One system for its operators ({@code /admin/systems/{id}}): its state and why, its 90-day heat map and SLA, its
 * status control, its dependencies with their checks (settings, last result, latency chart, forms to configure,
 * run, remove) and edit forms, its details, its status log.
 */
public record SystemDetailView(AdminChrome chrome, String notice, Header header, FormState status, FormState details,
                               FormState addDependency, List<DependencyItem> dependencies, List<LogLine> log,
                               FormState delete, HeatMap uptime, String uptimeSummary, SlaPanel sla,
                               OneTimeSecret secret) {

    /** The system itself. */
    public record Header(long id, String name, String slug, String publicHref, String visibility, String description,
                         String owner, String url, Badge status, String why, String manual, String slaTarget) {
    }

    /** A dependency with its check and its forms. */
    public record DependencyItem(long id, String name, String description, String criticality, Badge status,
                                 String updatedAt, boolean decides, FormState edit, FormState statusForm,
                                 CheckInfo check, LatencyChart latency, FormState httpForm, FormState tcpForm,
                                 FormState pushForm, boolean checkFormsOpen) {
    }

    /** A dependency's check as its operators see it (never its secrets). */
    public record CheckInfo(boolean configured, String kind, String target, String schedule, String thresholds,
                            String last, String lastAt, String streak, boolean runnable, boolean push) {
        static CheckInfo none() {
            return new CheckInfo(false, "", "", "", "", "", "", "", false, false);
        }
    }

    /** The system's SLA in the current month. */
    public record SlaPanel(String period, String target, String availability, String budget, String spent,
                           String remaining, String burnRate, Badge summary, String summaryText) {
    }

    /** A secret shown this once (a push token, just made), with what to do with it. */
    public record OneTimeSecret(String title, String text, String secret) {
        static OneTimeSecret none() {
            return new OneTimeSecret("", "", "");
        }

        public boolean present() {
            return !secret.isEmpty();
        }
    }

    /** One entry of the status log. */
    public record LogLine(String at, String subject, Badge from, Badge to, String source, String message) {
    }

    /** A form that was refused, to show again with what was typed: which one, and its state. */
    record Refusal(String form, FormState state) {
    }

    /** What the page is built from. */
    record Data(MonitoredSystem system, List<Dependency> dependencies, List<StatusLogEntry> entries,
                Map<DependencyId, Check> checks, StatusTrends trends, SlaStatus sla) {
    }

    static SystemDetailView from(Data data, AdminChrome chrome, String notice, Optional<Refusal> refusal,
                                 OneTimeSecret secret) {
        MonitoredSystem system = data.system();
        List<Dependency> dependencies = data.dependencies();
        StatusRollup.Result rollUp = StatusRollup.of(system.manualStatus(), dependencies, false);
        Optional<DependencyId> cause = rollUp.status() == system.status() ? rollUp.cause() : Optional.empty();
        String why = cause.flatMap(id -> dependencies.stream().filter(d -> d.id().equals(id)).findFirst())
                .map(d -> "Decided by " + d.name() + ", which is " + Badge.of(d.status()).label().toLowerCase(Locale.ROOT) + ".")
                .orElse(system.manualStatus() == Status.OPERATIONAL ? "No manual status; no dependency is failing."
                        : "Set by hand to " + Badge.of(system.manualStatus()).label().toLowerCase(Locale.ROOT) + ".");
        var d = system.details();
        Header header = new Header(system.id().value(), system.name(), system.slug().value(),
                system.visibility() == Visibility.PUBLIC ? "/status/" + system.slug().value() : "",
                system.visibility().wireName(), d.description(), d.owner(), d.url(), Badge.of(system.status()), why,
                Badge.of(system.manualStatus()).label(), d.slaTarget().percent() + " %");
        Map<String, FormState> refused = new HashMap<>();
        refusal.ifPresent(r -> refused.put(r.form(), r.state()));
        var end = data.trends().generatedAt().truncatedTo(ChronoUnit.HOURS);
        List<DependencyItem> rows = dependencies.stream().map(dep -> {
            Optional<Check> check = Optional.ofNullable(data.checks().get(dep.id()));
            String key = "check-" + dep.id().value() + "-";
            FormState http = refused.getOrDefault(key + "http", checkForm(check, CheckKind.HTTP));
            FormState tcp = refused.getOrDefault(key + "tcp", checkForm(check, CheckKind.TCP));
            FormState push = refused.getOrDefault(key + "push", checkForm(check, CheckKind.PUSH));
            return new DependencyItem(dep.id().value(), dep.name(),
                    dep.details().description(), dep.criticality().wireName(), Badge.of(dep.status()),
                    StatusDetails.time(dep.updatedAt()), cause.filter(dep.id()::equals).isPresent(),
                    refused.getOrDefault("dependency-" + dep.id().value(), FormState.of(Map.of("name", dep.name(),
                            "description", dep.details().description(), "criticality", dep.criticality().wireName()))),
                    refused.getOrDefault("dependency-status-" + dep.id().value(),
                            FormState.of(Map.of("status", dep.status().wireName()))),
                    check.map(SystemDetailView::checkInfo).orElse(CheckInfo.none()),
                    LatencyChart.of(data.trends().latencyOf(dep.id()), end.minus(Duration.ofHours(24)), 24),
                    http, tcp, push, http.refused() || tcp.refused() || push.refused());
        }).toList();
        Map<Long, String> dependencyNames = new HashMap<>();
        dependencies.forEach(dep -> dependencyNames.put(dep.id().value(), dep.name()));
        List<LogLine> log = data.entries().stream().map(e -> logLine(e, system.name(), dependencyNames)).toList();
        FormState status = refused.getOrDefault("status", FormState.of(Map.of("status", system.manualStatus().wireName())));
        FormState details = refused.getOrDefault("details", FormState.of(Map.of("name", system.name(),
                "slug", system.slug().value(), "description", d.description(), "url", d.url(), "owner", d.owner(),
                "visibility", system.visibility().wireName(), "sla_target", Double.toString(d.slaTarget().percent()))));
        List<UptimeBars.Day> days = data.trends().daysOf(system.id()).stream().map(UptimeBars.Day::of).toList();
        return new SystemDetailView(chrome, notice, header, status, details,
                refused.getOrDefault("add-dependency", FormState.of(Map.of("criticality", "critical"))), rows, log,
                refused.getOrDefault("delete", FormState.blank()), HeatMap.of(days),
                uptimeSummary(data.trends(), system), sla(data.sla()), secret);
    }

    private static String uptimeSummary(StatusTrends trends, MonitoredSystem system) {
        var days = trends.daysOf(system.id());
        long operational = days.stream().mapToLong(x -> x.tally().operationalMs()).sum();
        long counted = days.stream().mapToLong(x -> x.tally().countedMs()).sum();
        long incidentDays = days.stream().filter(x -> x.incidents() > 0).count();
        String uptime = counted == 0 ? "No data" : AdminText.percent(Math.min(100.0, operational * 100.0 / counted))
                + " uptime";
        return uptime + " over the last " + days.size() + " days; incidents on " + incidentDays + " of them.";
    }

    static SlaPanel sla(SlaStatus s) {
        var a = s.assessment();
        String period = s.period().wireName().equals("month") ? "This month" : "Last " + s.period().wireName();
        return new SlaPanel(period, AdminText.percent(a.target()), AdminText.percent(a.availability()),
                AdminText.duration(a.budget()), AdminText.duration(a.spent()), AdminText.duration(a.remaining()),
                a.burnRate().map(b -> String.format(Locale.ROOT, "%.2f", b)).orElse("–"),
                SlaBadges.of(a.summary()), SlaBadges.words(a.summary()));
    }

    private static FormState checkForm(Optional<Check> check, CheckKind kind) {
        if (check.isPresent() && check.get().kind() == kind) {
            return FormState.of(CheckForm.values(check.get()));
        }
        return switch (kind) {
            case HTTP -> FormState.of(Map.of("method", "GET", "expect_status", "2xx", "interval", "60", "rule", "none"));
            case TCP -> FormState.of(Map.of("interval", "60"));
            case PUSH -> FormState.of(Map.of("period", "300", "grace", "60", "timezone", "UTC"));
        };
    }

    static CheckInfo checkInfo(Check check) {
        String target;
        String schedule;
        if (check.spec() instanceof HttpCheck h) {
            target = h.method() + " " + h.url() + ", expecting " + h.expectedStatus().text()
                    + h.degradedLatency().map(l -> ", slow above " + l.toMillis() + " ms").orElse("")
                    + (h.headers().isEmpty() && h.body().isEmpty() ? "" : " (with secret headers or body)");
            schedule = "every " + AdminText.duration(h.interval()) + ", timeout " + AdminText.duration(h.timeout());
        } else if (check.spec() instanceof TcpCheck t) {
            target = t.host() + ":" + t.port();
            schedule = "every " + AdminText.duration(t.interval()) + ", timeout " + AdminText.duration(t.timeout());
        } else {
            PushCheck p = (PushCheck) check.spec();
            target = "pings to /api/push/<token>";
            schedule = p.period().map(d -> "a ping every " + AdminText.duration(d))
                    .orElseGet(() -> "a ping on the schedule " + p.cron().map(c -> c.expression()).orElse("") + " ("
                            + p.zone().getId() + ")") + ", grace " + AdminText.duration(p.grace());
        }
        var state = check.state();
        String last = state.last().map(SystemDetailView::result).orElse("no result yet");
        if (check.kind() == CheckKind.PUSH && state.missing()) {
            last = "missing: no ping in time";
        }
        String streak = state.consecutiveFailures() > 0 ? state.consecutiveFailures() + " failure(s) in a row"
                : state.consecutiveSuccesses() > 0 ? state.consecutiveSuccesses() + " good result(s) in a row" : "";
        return new CheckInfo(true, check.kind().wireName(), target, schedule,
                "down after " + check.thresholds().failureThreshold() + " failure(s) in a row, up after "
                        + check.thresholds().successThreshold() + " good result(s)",
                last, state.last().map(r -> StatusDetails.time(r.at())).orElse(""), streak,
                check.kind() != CheckKind.PUSH, check.kind() == CheckKind.PUSH);
    }

    private static String result(CheckResult r) {
        String code = r.statusCode().map(c -> "HTTP " + c + ", ").orElse("");
        return switch (r.verdict()) {
            case UP -> "up: " + code + r.latencyMillis() + " ms";
            case DEGRADED -> "degraded: " + code + r.reason();
            case DOWN -> "down: " + code + r.reason();
        };
    }

    private static LogLine logLine(StatusLogEntry entry, String systemName, Map<Long, String> dependencyNames) {
        StatusChange c = entry.change();
        String subject = c.dependency()
                .map(id -> dependencyNames.getOrDefault(id.value(), "dependency " + id.value() + " (removed)"))
                .orElse(systemName);
        return new LogLine(StatusDetails.time(c.at()), subject, Badge.of(c.from()), Badge.of(c.to()),
                c.source().wireName(), c.message());
    }
}
