package dev.vigil.adapters.web.asset;

import dev.vigil.adapters.web.page.PageChrome;
import dev.vigil.adapters.web.page.Representation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stylesheet, scripts and icon the pages use, read from the jar once at start-up (no CDN, nothing fetched from
 * elsewhere). Each URL carries a fingerprint of the file's content, so browsers may keep it for a year and still get
 * a changed file at once.
 */
public final class Assets {
    private static final String FOLDER = "dev/vigil/adapters/web/assets/";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("vigil.css", "text/css; charset=utf-8"),
            Map.entry("status.js", "text/javascript; charset=utf-8"),
            Map.entry("admin.js", "text/javascript; charset=utf-8"),
            Map.entry("icon.svg", "image/svg+xml"),
            Map.entry("i-operational.svg", "image/svg+xml"),
            Map.entry("i-degraded.svg", "image/svg+xml"),
            Map.entry("i-down.svg", "image/svg+xml"),
            Map.entry("i-maintenance.svg", "image/svg+xml"),
            Map.entry("i-unknown.svg", "image/svg+xml"));

    /** One served file and the fingerprint of its content. */
    public record Asset(String name, String fingerprint, Representation representation) {
    }

    private final Map<String, Asset> assets;

    private Assets(Map<String, Asset> assets) {
        this.assets = assets;
    }

    public static Assets load() {
        Map<String, Asset> assets = new LinkedHashMap<>();
        TYPES.forEach((name, type) -> {
            byte[] bytes = read(name);
            assets.put(name, new Asset(name, fingerprint(bytes), Representation.of(bytes, type)));
        });
        return new Assets(Map.copyOf(assets));
    }

    /** The URL of an asset, with its fingerprint. */
    public String url(String name) {
        Asset asset = assets.get(name);
        if (asset == null) {
            throw new IllegalArgumentException("no asset called " + name);
        }
        return "/assets/" + name + "?v=" + asset.fingerprint();
    }

    /** The layout of a public page titled {@code title}, with this jar's stylesheet, status script and icon. */
    public PageChrome publicChrome(String title) {
        return new PageChrome(title, url("vigil.css"), url("status.js"), url("icon.svg"));
    }

    public Optional<Asset> get(String name) {
        return Optional.ofNullable(assets.get(name));
    }

    private static byte[] read(String name) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("asset " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fingerprint(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
