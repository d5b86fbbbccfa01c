package dev.vigil.adapters.web.ecosystem;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the absolute links of feeds, calendars and the Statuspage API point: the configured public URL, else the
 * scheme and {@code Host} the request came with (a host name, an IPv4 or bracketed IPv6 address and a port only;
 * anything else falls back to {@code localhost}).
 */
public final class Origin {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}](:[0-9]{1,5})?");

    private final Optional<String> configured;

    public Origin(Optional<URI> publicUrl) {
        this.configured = publicUrl.map(u -> strip(u.toString()));
    }

    public String of(Context ctx) {
        if (configured.isPresent()) {
            return configured.get();
        }
        String host = ctx.header("Host");
        String scheme = "https".equals(ctx.scheme()) ? "https" : "http";
        return scheme + "://" + (host != null && HOST.matcher(host).matches() ? host : "localhost");
    }

    private static String strip(String url) {
        String u = url;
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
