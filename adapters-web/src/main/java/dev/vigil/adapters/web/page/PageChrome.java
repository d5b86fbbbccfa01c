package dev.vigil.adapters.web.page;

import java.util.Objects;

/** What every public page's layout needs: its title and the URLs of the assets the jar serves. */
public record PageChrome(String title, String stylesheet, String script, String icon) {
    public PageChrome {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(stylesheet, "stylesheet");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(icon, "icon");
    }

    public PageChrome titled(String newTitle) {
        return new PageChrome(newTitle, stylesheet, script, icon);
    }
}
