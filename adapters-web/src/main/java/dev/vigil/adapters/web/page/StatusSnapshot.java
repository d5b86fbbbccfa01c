package dev.vigil.adapters.web.page;

import dev.vigil.application.port.in.status.StatusOverview;
import dev.vigil.application.port.in.status.StatusOverview.SystemLine;
import dev.vigil.application.port.in.status.StatusTrends;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the public surfaces show at one moment, rendered once: {@code /status} and {@code /status.json} at build
 * time, each {@code /status/{slug}} page the first time it is asked for. Immutable in what it shows; requests only
 * read it.
 */
public final class StatusSnapshot {
    private final long version;
    private final long covered;
    private final StatusOverview overview;
    private final Representation page;
    private final Representation json;
    private final Map<String, SystemLine> bySlug;
    private final StatusTrends trends;
    private final Function<SystemLine, Representation> systemPageRenderer;
    private final Map<String, Representation> systemPages = new ConcurrentHashMap<>();

    StatusSnapshot(long version, long covered, StatusOverview overview, StatusTrends trends, Representation page,
                   Representation json, Function<SystemLine, Representation> systemPageRenderer) {
        this.version = version;
        this.covered = covered;
        this.overview = overview;
        this.trends = trends;
        this.page = page;
        this.json = json;
        this.systemPageRenderer = systemPageRenderer;
        this.bySlug = overview.systems().stream()
                .collect(Collectors.toUnmodifiableMap(l -> l.system().slug().value(), l -> l));
    }

    /** Counts up with every rebuild. */
    public long version() {
        return version;
    }

    /** True when this snapshot was built after the change that {@code ticket} reported (see StatusSnapshots). */
    public boolean covers(long ticket) {
        return covered >= ticket;
    }

    public StatusOverview overview() {
        return overview;
    }

    /** The uptime per day and latency history this snapshot drew (read less often than the overview). */
    public StatusTrends trends() {
        return trends;
    }

    public Representation page() {
        return page;
    }

    public Representation json() {
        return json;
    }

    /** The page of the public system with this slug; empty for unknown and private systems alike. */
    public Optional<Representation> systemPage(String slug) {
        SystemLine line = bySlug.get(slug);
        if (line == null) {
            return Optional.empty();
        }
        return Optional.of(systemPages.computeIfAbsent(slug, s -> systemPageRenderer.apply(line)));
    }
}
