package dev.vigil.adapters.web.ecosystem;

import dev.vigil.adapters.web.page.Representation;
import io.javalin.http.Context;

/** How the ecosystem documents are served: public, briefly cacheable, validated by ETag, readable from any origin. */
final class Published {
    /** JSON clients poll: a browser or proxy may reuse an answer for 30 s, then asks whether its ETag still holds. */
    static final String JSON_CACHING = "public, max-age=30";
    static final String BADGE_CACHING = "public, max-age=60";
    static final String FEED_CACHING = "public, max-age=300";

    private Published() {
    }

    static void serve(Context ctx, Representation document, String cacheControl) {
        ctx.header("Access-Control-Allow-Origin", "*");
        document.serve(ctx, cacheControl, true);
    }
}
