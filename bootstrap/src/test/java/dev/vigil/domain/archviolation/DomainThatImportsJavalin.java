package dev.vigil.domain.archviolation;

import io.javalin.http.Context;

/** Deliberately broken: a domain class that depends on the web framework. Used only to prove the rules bite. */
public final class DomainThatImportsJavalin {
    public String path(Context ctx) {
        return ctx.path();
    }
}
