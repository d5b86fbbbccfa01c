package dev.vigil.adapters.web.ecosystem;

import dev.vigil.adapters.web.page.Representation;
import dev.vigil.adapters.web.page.Templates;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code /embed/status}, a small page made to sit in an iframe on other sites (the only page that may be framed:
 * see {@code WebApp}), and {@code /embed/status.js}, a script other sites include to draw a status pill that keeps
 * itself current from {@code /api/v2/status.json}.
 */
public final class EmbedController {
    static final String SCRIPT = "embed-status.js";

    private final PublicDocuments documents;
    private final Origin origin;
    private final Templates templates;
    private final String stylesheet;
    private final int refreshSeconds;
    private final Representation script;

    public EmbedController(PublicDocuments documents, Origin origin, Templates templates, String stylesheet,
                           int refreshSeconds) {
        this.documents = documents;
        this.origin = origin;
        this.templates = templates;
        this.stylesheet = stylesheet;
        this.refreshSeconds = refreshSeconds;
        this.script = Representation.of(read(SCRIPT), "text/javascript; charset=utf-8");
    }

    public void page(Context ctx) {
        Published.serve(ctx, documents.document("embed", origin.of(ctx), view -> Representation.html(
                templates.render("embed/status.jte", EmbedView.from(view, stylesheet, refreshSeconds)))),
                "public, max-age=" + Math.min(30, refreshSeconds));
    }

    public void script(Context ctx) {
        Published.serve(ctx, script, "public, max-age=3600");
    }

    private static byte[] read(String name) {
        try (InputStream in = EmbedController.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
