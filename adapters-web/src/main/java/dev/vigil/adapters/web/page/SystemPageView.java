package dev.vigil.adapters.web.page;

import dev.vigil.application.port.in.status.StatusOverview;
import dev.vigil.application.port.in.status.StatusOverview.SystemLine;
import dev.vigil.application.port.in.status.StatusTrends;
import java.util.List;
import java.util.Optional;

/**
 * The public page of one system ({@code /status/{slug}}), with the page's overall state for context and the open
 * incidents and maintenance that concern it.
 */
public record SystemPageView(PageChrome chrome, int refreshSeconds, SystemCard system,
                             StatusPageView.Banner overall, List<PublicEvents.IncidentCard> activeIncidents,
                             List<PublicEvents.MaintenanceItem> maintenance, String incidentSignature,
                             String generatedAt, String generatedAtIso) {

    static SystemPageView from(StatusOverview overview, StatusTrends trends, SystemLine line, PageChrome chrome,
                               int refreshSeconds) {
        var only = Optional.of(line.system().id());
        return new SystemPageView(chrome.titled(line.system().name() + " status"), refreshSeconds,
                SystemCard.page(line, trends), StatusPageView.Banner.of(overview.overall(), overview.maintenance()),
                PublicEvents.active(overview, only), PublicEvents.maintenance(overview, only),
                PublicEvents.signature(overview), StatusDetails.time(overview.generatedAt()),
                overview.generatedAt().toString());
    }
}
