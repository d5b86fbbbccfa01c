package dev.vigil.adapters.web.admin;

import java.util.regex.Pattern;

/**
 * Where a login may send the browser next: only a path of the admin UI on this same site. Anything else (another
 * host, {@code //evil.example}, a backslash, a scheme, an encoded trick) falls back to the dashboard, so the login page
 * can never be used as an open redirect.
 */
final class SafeRedirect {
    static final String HOME = "/admin";
    private static final Pattern SAFE = Pattern.compile("/admin(/[A-Za-z0-9_-]+)*/?(\\?[A-Za-z0-9_=&-]{0,200})?");

    private SafeRedirect() {
    }

    static String admin(String next) {
        if (next == null || next.length() > 300 || !SAFE.matcher(next).matches()) {
            return HOME;
        }
        return next;
    }

    static String admin(String path, String query) {
        return admin(query == null || query.isEmpty() ? path : path + "?" + query);
    }
}
