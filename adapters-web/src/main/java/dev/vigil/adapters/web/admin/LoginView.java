package dev.vigil.adapters.web.admin;

/** The login page: the form (with its anti-forgery value and where to go next) and what to tell the visitor. */
public record LoginView(AdminChrome chrome, String username, String next, String formToken, String notice,
                        String error) {

    static LoginView from(AdminChrome chrome, String username, String next, String formToken, String noticeKey,
                          String error) {
        return new LoginView(chrome, username, next, formToken, notice(noticeKey), error);
    }

    static String notice(String key) {
        if (key == null) {
            return "";
        }
        return switch (key) {
            case "logged-out" -> "You have logged out.";
            case "expired" -> "Your session has ended. Log in again to go on.";
            default -> "";
        };
    }
}
