package dev.vigil.adapters.web.page;

import io.javalin.http.Context;

/** Renders errors on HTML surfaces as pages (the API keeps its JSON errors). */
public final class ErrorPages {
    private final Templates templates;
    private final PageChrome chrome;

    public ErrorPages(Templates templates, PageChrome chrome) {
        this.templates = templates;
        this.chrome = chrome;
    }

    /** True for requests that should get an HTML error: the pages, and any browser navigation outside the API. */
    public static boolean wantsHtml(Context ctx) {
        String path = ctx.path();
        if (path.startsWith("/api/") || path.endsWith(".json") || path.equals("/healthz") || path.equals("/readyz")) {
            return false;
        }
        if (path.equals("/") || path.equals("/status") || path.startsWith("/status/") || path.equals("/admin")
                || path.startsWith("/admin/")) {
            return true;
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }

    public void render(Context ctx, int status, String message) {
        boolean admin = ctx.path().startsWith("/admin");
        ctx.status(status).contentType("text/html; charset=utf-8")
                .header("Cache-Control", "no-store")
                .result(templates.render("error.jte", ErrorPageView.from(chrome, status, message, admin)));
    }
}
