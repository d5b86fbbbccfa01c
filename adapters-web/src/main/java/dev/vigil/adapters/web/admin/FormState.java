package dev.vigil.adapters.web.admin;

import java.util.Arrays;
import java.util.Map;

/**
 * What one form on a page shows: its field values (the stored ones, or what was typed when a submission was
 * refused) and the refusal, if any. A refused form is marked as holding unsaved input, so the refresh script leaves
 * it alone.
 */
public record FormState(Map<String, String> values, String error) {
    public FormState {
        values = Map.copyOf(values);
    }

    static FormState blank() {
        return new FormState(Map.of(), "");
    }

    static FormState of(Map<String, String> values) {
        return new FormState(values, "");
    }

    static FormState refused(Form form, String error) {
        return new FormState(form.typed(), error);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** True when {@code field} holds {@code option} (for selected options, checked boxes). */
    public boolean is(String field, String option) {
        return Arrays.asList(value(field).split(",")).contains(option);
    }

    public boolean refused() {
        return !error.isEmpty();
    }
}
