package dev.vigil.adapters.web;

import dev.vigil.adapters.web.admin.AdminControllers;
import dev.vigil.adapters.web.asset.AssetController;
import dev.vigil.adapters.web.counter.CounterController;
import dev.vigil.adapters.web.page.ErrorPages;
import dev.vigil.adapters.web.page.StatusPageController;
import dev.vigil.adapters.web.page.StatusSnapshots;
import java.util.Objects;

/**
 * The controllers of the public status page, its counters and the admin UI (issue 5), with the snapshot the public
 * page is served from (stopped with the server) and the HTML error pages.
 */
public record PageControllers(CounterController counters, StatusPageController status, AssetController assets,
                              ErrorPages errors, StatusSnapshots snapshots, AdminControllers admin) {
    public PageControllers {
        Objects.requireNonNull(counters, "counters");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(errors, "errors");
        Objects.requireNonNull(snapshots, "snapshots");
        Objects.requireNonNull(admin, "admin");
    }
}
