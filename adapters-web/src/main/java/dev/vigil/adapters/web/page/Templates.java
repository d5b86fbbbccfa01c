package dev.vigil.adapters.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

/** The JTE templates, compiled at build time (no compiler runs in production); output is HTML-escaped. */
public final class Templates {
    private final TemplateEngine engine;

    private Templates(TemplateEngine engine) {
        this.engine = engine;
    }

    public static Templates precompiled() {
        return new Templates(TemplateEngine.createPrecompiled(ContentType.Html));
    }

    /** Renders {@code template} (a path under src/main/jte, such as {@code status/page.jte}) with its one view. */
    public byte[] render(String template, Object view) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(template, view, output);
        return output.toByteArray();
    }
}
