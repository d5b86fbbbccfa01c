package dev.vigil.adapters.web.page;

/** An HTML error page: what went wrong, in words, and a way back. */
public record ErrorPageView(PageChrome chrome, int status, String title, String message, String backHref,
                            String backLabel) {

    static ErrorPageView from(PageChrome chrome, int status, String message, boolean admin) {
        String title = switch (status) {
            case 400 -> "That request was not understood";
            case 403 -> "Not allowed";
            case 404 -> "Page not found";
            case 405 -> "Method not allowed";
            case 409 -> "That change is not possible";
            case 413 -> "Too much data";
            case 415 -> "Unsupported content";
            case 429 -> "Too many attempts";
            default -> status >= 500 ? "Something went wrong on our side" : "Request refused";
        };
        return new ErrorPageView(chrome.titled(title), status, title, message,
                admin ? "/admin" : "/status", admin ? "Back to the dashboard" : "Back to the status page");
    }
}
