package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.page.StatusDetails;
import dev.vigil.domain.sla.SlaReport;
import java.util.List;
import java.util.Locale;

/** One stored SLA report ({@code /admin/sla/reports/{id}}): a line per system, each followed by its dependencies. */
public record SlaReportView(AdminChrome chrome, long id, String title, String period, String window, String generated,
                           String availability, String uptime, String meeting, List<Line> lines) {

    /** A line: a system (with its assessment) or one of its dependencies (figures only). */
    public record Line(boolean system, String name, String availability, String uptime, String outages,
                       String longest, String target, String met, String spent, String remaining, Badge summary) {
    }

    static SlaReportView from(SlaReport report, AdminChrome chrome) {
        var overall = report.overall();
        List<Line> lines = report.lines().stream().map(l -> {
            var f = l.figures();
            var a = l.assessment();
            return new Line(l.isSystem(), l.name(), AdminText.percent(f.availabilityPercent()),
                    AdminText.percent(f.uptimePercent()), Long.toString(f.outages()),
                    AdminText.duration(f.longestOutage()), a.map(x -> AdminText.percent(x.target())).orElse(""),
                    a.map(x -> x.met() ? "yes" : "no").orElse(""), a.map(x -> AdminText.duration(x.spent())).orElse(""),
                    a.map(x -> AdminText.duration(x.remaining())).orElse(""),
                    a.map(x -> SlaBadges.of(x.summary())).orElse(null));
        }).toList();
        return new SlaReportView(chrome, report.id().value(), report.title(),
                report.period().map(SlaView::label).orElse("Custom period"),
                StatusDetails.time(report.window().from()) + " to " + StatusDetails.time(report.window().to()),
                StatusDetails.time(report.generatedAt()) + (report.generatedBy().isEmpty() ? "" : " by "
                        + report.generatedBy()), AdminText.percent(overall.availabilityPercent()),
                AdminText.percent(overall.uptimePercent()),
                String.format(Locale.ROOT, "%d of %d systems met their target", report.systemsMeetingSla(),
                        report.systemLines().size()), lines);
    }
}
