package dev.vigil.adapters.web.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

/**
 * {@code /status}, {@code /status/{slug}} and {@code /status.json}: each request writes bytes the current snapshot
 * rendered beforehand, so a crowd costs no queries.
 */
public final class StatusPageController {
    /** The page may be cached, but only after asking whether its ETag still holds. */
    static final String PAGE_CACHING = "no-cache";
    /** Seed 000's contract. */
    static final String JSON_CACHING = "no-store";

    private final StatusSnapshots snapshots;

    public StatusPageController(StatusSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    public void page(Context ctx) {
        snapshots.current().page().serve(ctx, PAGE_CACHING, true);
    }

    public void json(Context ctx) {
        snapshots.current().json().serve(ctx, JSON_CACHING, false);
    }

    public void system(Context ctx) {
        String slug = ctx.pathParam("slug");
        snapshots.current().systemPage(slug)
                .orElseThrow(() -> new NotFoundResponse("No public system is called '"
                        + (slug.length() > 64 ? slug.substring(0, 64) + "…" : slug) + "'."))
                .serve(ctx, PAGE_CACHING, true);
    }

    /** The site's root leads visitors to the status page. */
    public void root(Context ctx) {
        ctx.redirect("/status", HttpStatus.FOUND);
    }
}
