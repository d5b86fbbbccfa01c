package dev.vigil.adapters.web.ecosystem;

/**
 * The embeddable status pill: what it says, its colour class, where it links, and the stylesheet and refresh period
 * of the page that frames it.
 */
public record EmbedView(String title, String description, String css, String link, String stylesheet,
                        int refreshSeconds) {
    static EmbedView from(PublicView view, String stylesheet, int refreshSeconds) {
        StatusIndicator status = StatuspageV2.indicator(view);
        return new EmbedView(view.pageName(), status.description(), css(status), view.statusPage(), stylesheet,
                refreshSeconds);
    }

    /** The status page's colour class for an indicator. */
    static String css(StatusIndicator status) {
        return switch (status.indicator()) {
            case "minor" -> "s-degraded";
            case "major", "critical" -> "s-down";
            default -> status.description().equals(StatusIndicator.MAINTENANCE) ? "s-maintenance" : "s-operational";
        };
    }
}
