package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.page.StatusStyle;
import dev.vigil.domain.status.Status;

/** A status as the admin pages show it: a word and a class giving colour and icon, like the public page. */
public record Badge(String state, String css, String label) {

    static Badge of(Status status) {
        StatusStyle style = StatusStyle.of(status);
        return new Badge(style.state(), style.css(), style.label());
    }
}
