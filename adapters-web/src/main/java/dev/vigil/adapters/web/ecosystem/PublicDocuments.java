package dev.vigil.adapters.web.ecosystem;

import dev.vigil.adapters.web.page.Representation;
import dev.vigil.adapters.web.page.StatusSnapshot;
import dev.vigil.adapters.web.page.StatusSnapshots;
import dev.vigil.application.port.in.status.ListPublicMaintenance;
import dev.vigil.application.port.in.status.PublicMaintenance;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The ecosystem documents (Statuspage JSON, feeds, calendar, badges), each rendered once per status snapshot and then
 * served as bytes with an ETag. The public maintenance windows are read once per snapshot too, so however many
 * clients poll, the documents cost at most one small read and one rendering per snapshot rebuild (at most one a
 * second), never a query per request.
 */
public final class PublicDocuments {
    /** Beyond this many distinct documents (slugs × formats × origins) per snapshot, render without keeping. */
    static final int MAX_KEPT = 512;

    private final StatusSnapshots snapshots;
    private final ListPublicMaintenance maintenance;
    private final String pageName;
    private volatile Generation generation;

    private record Generation(StatusSnapshot snapshot, List<PublicMaintenance> maintenance,
                              Map<String, Representation> rendered) {
    }

    public PublicDocuments(StatusSnapshots snapshots, ListPublicMaintenance maintenance, String pageName) {
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.maintenance = Objects.requireNonNull(maintenance, "maintenance");
        this.pageName = Objects.requireNonNull(pageName, "pageName");
    }

    /** What is published now, with links starting at {@code origin}. */
    public PublicView view(String origin) {
        Generation g = current();
        return new PublicView(g.snapshot().overview(), g.snapshot().trends(), g.maintenance(), pageName, origin);
    }

    /**
     * The document named {@code key} (which must name everything it depends on besides the snapshot, the origin
     * included), rendered from the current view the first time it is asked for.
     */
    public Representation document(String key, String origin, Function<PublicView, Representation> render) {
        Generation g = current();
        String fullKey = key + " @" + origin;
        Representation kept = g.rendered().get(fullKey);
        if (kept != null) {
            return kept;
        }
        PublicView view = new PublicView(g.snapshot().overview(), g.snapshot().trends(), g.maintenance(), pageName,
                origin);
        if (g.rendered().size() >= MAX_KEPT) {
            return render.apply(view);
        }
        return g.rendered().computeIfAbsent(fullKey, k -> render.apply(view));
    }

    private Generation current() {
        StatusSnapshot snapshot = snapshots.current();
        Generation g = generation;
        if (g != null && g.snapshot() == snapshot) {
            return g;
        }
        synchronized (this) {
            g = generation;
            if (g == null || g.snapshot() != snapshot) {
                g = new Generation(snapshot, maintenance.list(), new ConcurrentHashMap<>());
                generation = g;
            }
            return g;
        }
    }
}
