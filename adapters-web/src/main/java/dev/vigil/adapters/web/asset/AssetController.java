package dev.vigil.adapters.web.asset;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/** {@code /assets/{name}}: fingerprinted URLs are cached for a year, others revalidated after five minutes. */
public final class AssetController {
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String SHORT = "public, max-age=300";

    private final Assets assets;

    public AssetController(Assets assets) {
        this.assets = assets;
    }

    public void serve(Context ctx) {
        Assets.Asset asset = assets.get(ctx.pathParam("name"))
                .orElseThrow(() -> new NotFoundResponse("No such asset."));
        boolean fingerprinted = asset.fingerprint().equals(ctx.queryParam("v"));
        asset.representation().serve(ctx, fingerprinted ? IMMUTABLE : SHORT, true);
    }
}
