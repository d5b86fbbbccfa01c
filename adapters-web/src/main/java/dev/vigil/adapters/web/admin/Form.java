package dev.vigil.adapters.web.admin;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fields of a submitted HTML form (URL-encoded; the body is limited like every request body). */
final class Form {
    private static final int MAX_SHOWN_BACK = 5_000;
    private final Map<String, List<String>> params;

    private Form(Map<String, List<String>> params) {
        this.params = params;
    }

    static Form of(Context ctx) {
        return new Form(ctx.formParamMap());
    }

    /** The field's value, or the empty string when the form did not have it. */
    String text(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    /** The field's value when the form had it (an edit form sends every field; empty means "clear it"). */
    Optional<String> present(String name) {
        return params.containsKey(name) ? Optional.of(text(name)) : Optional.empty();
    }

    List<String> all(String name) {
        return params.getOrDefault(name, List.of());
    }

    /** What the person typed, to show back after a refusal: never the CSRF token, never overly long values. */
    Map<String, String> typed() {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((name, list) -> {
            if (!name.equals(AdminGuard.CSRF_FIELD) && !list.isEmpty() && list.get(0) != null) {
                String v = list.get(0);
                values.put(name, v.length() > MAX_SHOWN_BACK ? v.substring(0, MAX_SHOWN_BACK) : v);
            }
        });
        for (String name : params.keySet()) {
            if (params.get(name).size() > 1) {
                values.put(name, String.join(",", params.get(name)));
            }
        }
        return values;
    }
}
