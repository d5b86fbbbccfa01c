package dev.vigil.adapters.web.admin;

import java.util.Objects;

/** The admin UI: the guard every SESSION route passes, and the controllers of its pages. */
public record AdminControllers(AdminGuard guard, LoginController login, DashboardController dashboard,
                               SystemPageController systemPage, DependencyFormsController dependencyForms,
                               LogsPageController logs, ApiKeysPageController apiKeys, Operations operations) {

    /** The pages of issue 5's second step: checks, incidents, maintenance, SLA, analytics, webhooks, backup. */
    public record Operations(CheckFormsController checks, IncidentsPageController incidents,
                             MaintenancePageController maintenance, SlaPageController sla,
                             AnalyticsPageController analytics, WebhooksPageController webhooks,
                             BackupPageController backup) {
        public Operations {
            Objects.requireNonNull(checks, "checks");
            Objects.requireNonNull(incidents, "incidents");
            Objects.requireNonNull(maintenance, "maintenance");
            Objects.requireNonNull(sla, "sla");
            Objects.requireNonNull(analytics, "analytics");
            Objects.requireNonNull(webhooks, "webhooks");
            Objects.requireNonNull(backup, "backup");
        }
    }

    public AdminControllers {
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(dashboard, "dashboard");
        Objects.requireNonNull(systemPage, "systemPage");
        Objects.requireNonNull(dependencyForms, "dependencyForms");
        Objects.requireNonNull(logs, "logs");
        Objects.requireNonNull(apiKeys, "apiKeys");
        Objects.requireNonNull(operations, "operations");
    }
}
