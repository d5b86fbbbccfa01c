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
            Map.entry("key-revoked", "API key revoked."),
            Map.entry("check-saved", "Check saved."),
            Map.entry("check-ran", "Check ran; its result is below."),
            Map.entry("check-removed", "Check removed."),
            Map.entry("incident-opened", "Incident opened."),
            Map.entry("incident-updated", "Update posted."),
            Map.entry("incident-state-changed", "Incident state changed."),
            Map.entry("incident-acknowledged", "Incident acknowledged."),
            Map.entry("incident-resolved", "Incident resolved."),
            Map.entry("incident-edited", "Incident saved."),
            Map.entry("incident-deleted", "Incident deleted."),
            Map.entry("maintenance-scheduled", "Maintenance scheduled."),
            Map.entry("maintenance-cancelled", "Maintenance cancelled."),
            Map.entry("maintenance-deleted", "Maintenance deleted."),
            Map.entry("sla-target-changed", "SLA target saved."),
            Map.entry("sla-report-deleted", "SLA report deleted."),
            Map.entry("breach-acknowledged", "Breach acknowledged."),
            Map.entry("breaches-checked", "Breaches checked."),
            Map.entry("webhook-saved", "Webhook saved."),
            Map.entry("webhook-deleted", "Webhook deleted."),
            Map.entry("delivery-retried", "Delivery queued again; the worker sends it within a few seconds."));

    private Notices() {
    }

    static String text(String key) {
        return key == null ? "" : TEXTS.getOrDefault(key, "");
    }
}
