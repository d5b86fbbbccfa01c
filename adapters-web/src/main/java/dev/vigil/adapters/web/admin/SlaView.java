package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.page.StatusDetails;
import dev.vigil.application.port.in.sla.SlaStatus;
import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.sla.SlaReportSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** SLA ({@code /admin/sla}): each system against its target in a period, the breaches, the stored reports. */
public record SlaView(AdminChrome chrome, String notice, String period, List<Choice> periods, List<SystemItem> systems,
                      List<BreachItem> breaches, List<ReportItem> reports, FormState report, FormState check,
                      Map<String, FormState> refused) {

    /** One system's SLA, with the form to change its target. */
    public record SystemItem(long id, String name, String href, String target, String availability, String met,
                             String budget, String spent, String remaining, String burnRate, Badge summary,
                             FormState targetForm) {
    }

    /** A recorded breach. */
    public record BreachItem(long id, String system, String period, String window, String availability,
                             String budget, String spent, String detected, String acknowledged, boolean open,
                             FormState form) {
    }

    /** A stored report. */
    public record ReportItem(long id, String title, String period, String window, String generated,
                             String availability, String meeting) {
    }

    /** A form that was refused, to show again with what was typed. */
    record Refusal(String form, FormState state) {
    }

    static SlaView from(SlaPeriod period, List<SlaStatus> statuses, List<SlaBreach> breaches,
                        List<SlaReportSummary> reports, AdminChrome chrome, String notice, Optional<Refusal> refusal) {
        Map<String, FormState> refused = new HashMap<>();
        refusal.ifPresent(r -> refused.put(r.form(), r.state()));
        List<SystemItem> systems = statuses.stream().map(s -> {
            var a = s.assessment();
            var id = s.system().id().value();
            return new SystemItem(id, s.system().name(), "/admin/systems/" + id, AdminText.percent(a.target()),
                    AdminText.percent(a.availability()), a.met() ? "yes" : "no", AdminText.duration(a.budget()),
                    AdminText.duration(a.spent()), AdminText.duration(a.remaining()),
                    a.burnRate().map(b -> String.format(Locale.ROOT, "%.2f", b)).orElse("–"), SlaBadges.of(a.summary()),
                    refused.getOrDefault("target-" + id, FormState.of(Map.of("sla_target",
                            Double.toString(s.system().details().slaTarget().percent())))));
        }).toList();
        List<BreachItem> breachItems = breaches.stream()
                .sorted((x, y) -> Boolean.compare(x.isAcknowledged(), y.isAcknowledged()))
                .map(b -> new BreachItem(b.id().value(), b.systemName(), b.period().wireName(),
                        StatusDetails.time(b.periodStart()) + " to " + StatusDetails.time(b.periodEnd()),
                        AdminText.percent(b.availability()) + " (target " + AdminText.percent(b.target()) + ")",
                        AdminText.duration(b.budget()), AdminText.duration(b.spent()), StatusDetails.time(b.detectedAt()),
                        b.acknowledgedBy().map(by -> "by " + by + ", " + b.acknowledgedAt().map(StatusDetails::time)
                                .orElse("")).orElse("not yet"), !b.isAcknowledged(),
                        refused.getOrDefault("breach-" + b.id().value(), FormState.blank())))
                .toList();
        List<ReportItem> reportItems = reports.stream().map(r -> new ReportItem(r.id().value(), r.title(),
                r.period().map(SlaPeriod::wireName).orElse("custom"),
                StatusDetails.time(r.window().from()) + " to " + StatusDetails.time(r.window().to()),
                StatusDetails.time(r.generatedAt()) + (r.generatedBy().isEmpty() ? "" : " by " + r.generatedBy()),
                AdminText.percent(r.overallAvailability()),
                r.systemsMeetingSla() + " of " + r.systems())).toList();
        FormState report = refused.getOrDefault("report", FormState.of(Map.of("period", "month")));
        FormState check = refused.getOrDefault("check", FormState.of(Map.of("period", "month")));
        return new SlaView(chrome, notice, period.wireName(), periods(period.wireName()), systems, breachItems,
                reportItems, report, check, refused);
    }

    static List<Choice> periods(String chosen) {
        return List.of(SlaPeriod.values()).stream().map(p -> new Choice(p.wireName(), label(p),
                p.wireName().equals(chosen))).toList();
    }

    /** The calendar periods, for which breaches are recorded. */
    public List<Choice> calendarPeriods() {
        return List.of(SlaPeriod.MONTH, SlaPeriod.QUARTER, SlaPeriod.YEAR).stream()
                .map(p -> new Choice(p.wireName(), label(p), check.is("period", p.wireName()))).toList();
    }

    /** The periods a report may cover, the one chosen in the form marked. */
    public List<Choice> reportPeriods() {
        return periods(report.value("period"));
    }

    static String label(SlaPeriod p) {
        return switch (p) {
            case MONTH -> "This month";
            case QUARTER -> "This quarter";
            case YEAR -> "This year";
            case LAST_24H -> "Last 24 hours";
            case LAST_7D -> "Last 7 days";
            case LAST_30D -> "Last 30 days";
            case LAST_90D -> "Last 90 days";
        };
    }
}
