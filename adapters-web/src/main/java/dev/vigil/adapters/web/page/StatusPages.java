package dev.vigil.adapters.web.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.application.port.in.status.StatusOverview;
import dev.vigil.application.port.in.status.StatusTrends;
import java.io.UncheckedIOException;

/** Renders an overview into a snapshot: the page, the JSON, and (on demand) each system's page. */
public final class StatusPages {
    private final Templates templates;
    private final ObjectMapper mapper;
    private final PageChrome chrome;
    private final int refreshSeconds;

    public StatusPages(Templates templates, ObjectMapper mapper, PageChrome chrome, int refreshSeconds) {
        if (refreshSeconds < 1) {
            throw new IllegalArgumentException("refreshSeconds must be at least 1");
        }
        this.templates = templates;
        this.mapper = mapper;
        this.chrome = chrome;
        this.refreshSeconds = refreshSeconds;
    }

    public StatusSnapshot render(StatusOverview overview, StatusTrends trends, long version, long covered) {
        Representation page = Representation.html(templates.render("status/page.jte",
                StatusPageView.from(overview, trends, chrome, refreshSeconds)));
        Representation json;
        try {
            json = Representation.of(mapper.writeValueAsBytes(StatusJson.from(overview)), "application/json");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return new StatusSnapshot(version, covered, overview, trends, page, json,
                line -> Representation.html(templates.render("status/system.jte",
                        SystemPageView.from(overview, trends, line, chrome, refreshSeconds))));
    }
}
