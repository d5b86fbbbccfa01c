package dev.vigil.adapters.web.admin;

import java.util.Objects;

/** The admin UI: the guard every SESSION route passes, and the controllers of its pages. */
public record AdminControllers(AdminGuard guard, LoginController login, DashboardController dashboard,
                               SystemPageController systemPage, DependencyFormsController dependencyForms,
                               LogsPageController logs, ApiKeysPageController apiKeys) {
    public AdminControllers {
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(dashboard, "dashboard");
        Objects.requireNonNull(systemPage, "systemPage");
        Objects.requireNonNull(dependencyForms, "dependencyForms");
        Objects.requireNonNull(logs, "logs");
        Objects.requireNonNull(apiKeys, "apiKeys");
    }
}
