package dev.vigil.adapters.web.page;

import dev.vigil.application.port.in.status.StatusOverview;
import dev.vigil.application.port.in.status.StatusOverview.SystemLine;

/** The public page of one system ({@code /status/{slug}}), with the page's overall state for context. */
public record SystemPageView(PageChrome chrome, int refreshSeconds, SystemCard system,
                             StatusPageView.Banner overall, String generatedAt, String generatedAtIso) {

    static SystemPageView from(StatusOverview overview, SystemLine line, PageChrome chrome, int refreshSeconds) {
        return new SystemPageView(chrome.titled(line.system().name() + " status"), refreshSeconds,
                SystemCard.from(line), StatusPageView.Banner.of(overview.overall(), overview.maintenance()),
                StatusDetails.time(overview.generatedAt()), overview.generatedAt().toString());
    }
}
