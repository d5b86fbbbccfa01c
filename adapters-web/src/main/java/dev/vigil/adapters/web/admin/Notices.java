package dev.vigil.adapters.web.admin;

import java.util.Map;

/**
 * The confirmations shown after a change (Post/Redirect/Get: the redirect carries a key, never text, so nothing a link
 * says can be shown to someone as if Vigil had said it).
 */
final class Notices {
    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("system-created", "System created."),
            Map.entry("system-updated", "System details saved."),
            Map.entry("system-deleted", "System deleted. Its history stays in the logs."),
            Map.entry("status-changed", "Status changed."),
            Map.entry("dependency-added", "Dependency added."),
            Map.entry("dependency-updated", "Dependency saved."),
            Map.entry("dependency-status-changed", "Dependency status changed."),
            Map.entry("dependency-removed", "Dependency removed."),
            Map.entry("key-revoked", "API key revoked."));

    private Notices() {
    }

    static String text(String key) {
        return key == null ? "" : TEXTS.getOrDefault(key, "");
    }
}
