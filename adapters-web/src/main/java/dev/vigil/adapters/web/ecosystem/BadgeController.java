package dev.vigil.adapters.web.ecosystem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.adapters.web.page.Representation;
import dev.vigil.application.port.in.status.StatusOverview.SystemLine;
import io.javalin.http.Context;
import java.io.UncheckedIOException;

/** {@code /badge/{slug}/status.svg}, {@code /badge/{slug}/uptime.svg?days=30} and {@code /badge/{slug}/shields.json}. */
public final class BadgeController {
    static final String SVG = "image/svg+xml; charset=utf-8";
    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 90;

    private final PublicDocuments documents;
    private final ObjectMapper mapper;

    public BadgeController(PublicDocuments documents, ObjectMapper mapper) {
        this.documents = documents;
        this.mapper = mapper;
    }

    public void status(Context ctx) {
        String slug = ctx.pathParam("slug");
        Published.serve(ctx, documents.document("badge status " + slug, "", view -> {
            SystemLine line = FeedController.publicSystem(view, slug);
            return Representation.of(Badge.status(line.system().name(), line.system().status()).svg(), SVG);
        }), Published.BADGE_CACHING);
    }

    public void uptime(Context ctx) {
        String slug = ctx.pathParam("slug");
        int days = days(ctx.queryParam("days"));
        Published.serve(ctx, documents.document("badge uptime " + days + " " + slug, "", view -> {
            SystemLine line = FeedController.publicSystem(view, slug);
            return Representation.of(Badge.uptime(view.trends().daysOf(line.system().id()), days).svg(), SVG);
        }), Published.BADGE_CACHING);
    }

    public void shields(Context ctx) {
        String slug = ctx.pathParam("slug");
        Published.serve(ctx, documents.document("badge shields " + slug, "", view -> {
            SystemLine line = FeedController.publicSystem(view, slug);
            return json(Badge.status(line.system().name(), line.system().status()).shields(60));
        }), Published.BADGE_CACHING);
    }

    /** {@code days}: a whole number from 1 to 90, 30 when absent. */
    static int days(String value) {
        if (value == null) {
            return DEFAULT_DAYS;
        }
        if (!value.matches("[0-9]{1,3}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_DAYS) {
            throw new IllegalArgumentException("days must be a whole number from 1 to " + MAX_DAYS);
        }
        return Integer.parseInt(value);
    }

    private Representation json(Object document) {
        try {
            return Representation.of(mapper.writeValueAsBytes(document), "application/json");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
