package dev.vigil.domain.system;

import dev.vigil.domain.Text;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/** What people write about a system: its name, page slug, description, home URL, owner, visibility and SLA target. */
public record SystemDetails(String name, Slug slug, String description, String url, String owner,
                            Visibility visibility, SlaTarget slaTarget) {
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
    }

    public SystemDetails withName(String newName) {
        return new SystemDetails(newName, slug, description, url, owner, visibility, slaTarget);
    }

    public SystemDetails withSlug(Slug newSlug) {
        return new SystemDetails(name, newSlug, description, url, owner, visibility, slaTarget);
    }

    public SystemDetails withDescription(String newDescription) {
        return new SystemDetails(name, slug, newDescription, url, owner, visibility, slaTarget);
    }

    public SystemDetails withUrl(String newUrl) {
        return new SystemDetails(name, slug, description, newUrl, owner, visibility, slaTarget);
    }

    public SystemDetails withOwner(String newOwner) {
        return new SystemDetails(name, slug, description, url, newOwner, visibility, slaTarget);
    }

    public SystemDetails withVisibility(Visibility newVisibility) {
        return new SystemDetails(name, slug, description, url, owner, newVisibility, slaTarget);
    }

    public SystemDetails withSlaTarget(SlaTarget newTarget) {
        return new SystemDetails(name, slug, description, url, owner, visibility, newTarget);
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
