package dev.vigil.adapters.web.admin;

/**
 * What every admin page's layout needs: title, assets, who is logged in with the CSRF token their forms carry, which
 * menu entry is current, and the address the refresh script re-reads.
 */
public record AdminChrome(String title, String stylesheet, String script, String icon, String username, String csrf,
                          String current, String pageUrl, int refreshSeconds) {

    public boolean loggedIn() {
        return !username.isEmpty();
    }

    /** {@code page} when {@code item} is the current menu entry (for {@code aria-current}), otherwise null (no attribute). */
    public String currentFor(String item) {
        return current.equals(item) ? "page" : null;
    }
}
