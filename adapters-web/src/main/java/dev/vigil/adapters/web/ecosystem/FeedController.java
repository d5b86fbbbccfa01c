package dev.vigil.adapters.web.ecosystem;

import dev.vigil.adapters.web.page.Representation;
import dev.vigil.application.port.in.status.StatusOverview.SystemLine;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Optional;

/** {@code /history.atom}, {@code /history.rss}, {@code /status/{slug}/history.atom} and {@code /maintenance.ics}. */
public final class FeedController {
    private final PublicDocuments documents;
    private final Origin origin;

    public FeedController(PublicDocuments documents, Origin origin) {
        this.documents = documents;
        this.origin = origin;
    }

    public void atom(Context ctx) {
        Published.serve(ctx, documents.document("history.atom", origin.of(ctx), view -> Representation.of(
                FeedWriter.atom(HistoryFeed.of(view, Optional.empty(), "/history.atom")), FeedWriter.ATOM)),
                Published.FEED_CACHING);
    }

    public void rss(Context ctx) {
        Published.serve(ctx, documents.document("history.rss", origin.of(ctx), view -> Representation.of(
                FeedWriter.rss(HistoryFeed.of(view, Optional.empty(), "/history.rss")), FeedWriter.RSS)),
                Published.FEED_CACHING);
    }

    public void systemAtom(Context ctx) {
        String slug = ctx.pathParam("slug");
        Published.serve(ctx, documents.document("system.atom " + slug, origin.of(ctx), view -> {
            SystemLine line = publicSystem(view, slug);
            String path = "/status/" + line.system().slug().value() + "/history.atom";
            return Representation.of(FeedWriter.atom(HistoryFeed.of(view, Optional.of(line), path)), FeedWriter.ATOM);
        }), Published.FEED_CACHING);
    }

    public void calendar(Context ctx) {
        Published.serve(ctx, documents.document("maintenance.ics", origin.of(ctx),
                view -> Representation.of(MaintenanceCalendar.of(view), MaintenanceCalendar.CONTENT_TYPE)),
                Published.FEED_CACHING);
    }

    /** The public system with this slug; unknown and private systems get the same 404 (nothing is rendered). */
    static SystemLine publicSystem(PublicView view, String slug) {
        return view.system(slug).orElseThrow(() -> new NotFoundResponse("No public system is called '"
                + (slug.length() > 64 ? slug.substring(0, 64) + "…" : slug) + "'."));
    }
}
