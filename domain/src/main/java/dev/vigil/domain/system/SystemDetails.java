package dev.vigil.domain.system;

import dev.vigil.domain.Text;
import java.net.URI;
import java.time.Duration;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * What people write about a system: its name, page slug, description, home URL, owner, visibility, SLA target, and
 * how long it may stay in outage before Vigil opens an incident on its own ({@code autoIncidentAfter}; zero: never).
 */
public record SystemDetails(String name, Slug slug, String description, String url, String owner,
                            Visibility visibility, SlaTarget slaTarget, Duration autoIncidentAfter) {
    /** How long a system may stay in outage before an incident opens, unless set otherwise. */
    public static final Duration DEFAULT_AUTO_INCIDENT_AFTER = Duration.ofMinutes(2);
    /** The longest delay that can be set: a week. */
    public static final Duration MAX_AUTO_INCIDENT_AFTER = Duration.ofDays(7);
    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int URL_MAX = 2048;
    public static final int OWNER_MAX = 200;

    public SystemDetails {
        name = Text.required(name, "name", NAME_MAX);
        Objects.requireNonNull(slug, "slug");
        description = Text.multiline(description, "description", DESCRIPTION_MAX);
        url = homeUrl(url);
        owner = Text.optional(owner, "owner", OWNER_MAX);
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(slaTarget, "slaTarget");
        Objects.requireNonNull(autoIncidentAfter, "autoIncidentAfter");
        if (autoIncidentAfter.isNegative() || autoIncidentAfter.compareTo(MAX_AUTO_INCIDENT_AFTER) > 0
                || autoIncidentAfter.getNano() != 0) {
            throw new IllegalArgumentException("auto_incident_after must be a whole number of seconds from 0 to "
                    + MAX_AUTO_INCIDENT_AFTER.toSeconds());
        }
    }

    /** Details with the default delay before an automatic incident. */
    public SystemDetails(String name, Slug slug, String description, String url, String owner, Visibility visibility,
                         SlaTarget slaTarget) {
        this(name, slug, description, url, owner, visibility, slaTarget, DEFAULT_AUTO_INCIDENT_AFTER);
    }

    /** True when Vigil opens incidents for this system's outages on its own. */
    public boolean opensIncidentsAutomatically() {
        return !autoIncidentAfter.isZero();
    }

    public SystemDetails withName(String newName) {
        return new SystemDetails(newName, slug, description, url, owner, visibility, slaTarget, autoIncidentAfter);
    }

    public SystemDetails withSlug(Slug newSlug) {
        return new SystemDetails(name, newSlug, description, url, owner, visibility, slaTarget, autoIncidentAfter);
    }

    public SystemDetails withDescription(String newDescription) {
        return new SystemDetails(name, slug, newDescription, url, owner, visibility, slaTarget, autoIncidentAfter);
    }

    public SystemDetails withUrl(String newUrl) {
        return new SystemDetails(name, slug, description, newUrl, owner, visibility, slaTarget, autoIncidentAfter);
    }

    public SystemDetails withOwner(String newOwner) {
        return new SystemDetails(name, slug, description, url, newOwner, visibility, slaTarget, autoIncidentAfter);
    }

    public SystemDetails withVisibility(Visibility newVisibility) {
        return new SystemDetails(name, slug, description, url, owner, newVisibility, slaTarget, autoIncidentAfter);
    }

    public SystemDetails withSlaTarget(SlaTarget newTarget) {
        return new SystemDetails(name, slug, description, url, owner, visibility, newTarget, autoIncidentAfter);
    }

    public SystemDetails withAutoIncidentAfter(Duration delay) {
        return new SystemDetails(name, slug, description, url, owner, visibility, slaTarget, delay);
    }

    private static String homeUrl(String value) {
        String url = Text.optional(value, "url", URL_MAX);
        if (url.isEmpty()) {
            return url;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("url must be an absolute http or https URL");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url must be an absolute http or https URL");
        }
        return url;
    }
}
