package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.asset.Assets;
import dev.vigil.adapters.web.page.Templates;
import dev.vigil.domain.account.AdminSession;
import io.javalin.http.Context;

/** Renders admin pages with their layout: templates, assets, and the refresh interval. */
public final class AdminPages {
    private final Templates templates;
    private final Assets assets;
    private final int refreshSeconds;

    public AdminPages(Templates templates, Assets assets, int refreshSeconds) {
        this.templates = templates;
        this.assets = assets;
        this.refreshSeconds = refreshSeconds;
    }

    AdminChrome chrome(AdminSession session, String title, String current, String pageUrl) {
        return new AdminChrome(title + " · Vigil", assets.url("vigil.css"), assets.url("admin.js"), assets.url("icon.svg"),
                session.username().value(), session.csrfToken(), current, pageUrl, refreshSeconds);
    }

    AdminChrome anonymous(String title) {
        return new AdminChrome(title + " · Vigil", assets.url("vigil.css"), assets.url("admin.js"), assets.url("icon.svg"),
                "", "", "", "", refreshSeconds);
    }

    void send(Context ctx, int status, String template, Object view) {
        ctx.status(status)
                .header("Cache-Control", "no-store")
                .contentType("text/html; charset=utf-8")
                .result(templates.render(template, view));
    }
}
