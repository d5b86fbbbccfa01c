package dev.vigil.adapters.web;

import io.javalin.http.Context;

/** Path and query parameters, parsed with messages that name the parameter. */
public final class Params {
    private Params() {
    }

    /** A positive integer id from the path. */
    public static long id(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw HttpProblem.badRequest(name + " must be a positive integer");
    }

    /** An optional integer query parameter of at least {@code min}; values above {@code max} are capped. */
    public static int cappedInt(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest(name + " must be an integer of at least " + min);
        }
        if (value < min) {
            throw HttpProblem.badRequest(name + " must be an integer of at least " + min);
        }
        return (int) Math.min(value, max);
    }
}
