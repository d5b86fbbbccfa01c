package dev.vigil.adapters.web.ecosystem;

import java.util.Objects;

/**
 * The controllers of issue 8, which speak the ecosystem's languages: the Statuspage-compatible API, the feeds and the
 * calendar, the badges and the embeddable widget. All public, all served from the public snapshot.
 */
public record EcosystemControllers(StatuspageController statuspage, FeedController feeds, BadgeController badges,
                                   EmbedController embed) {
    public EcosystemControllers {
        Objects.requireNonNull(statuspage, "statuspage");
        Objects.requireNonNull(feeds, "feeds");
        Objects.requireNonNull(badges, "badges");
        Objects.requireNonNull(embed, "embed");
    }
}
