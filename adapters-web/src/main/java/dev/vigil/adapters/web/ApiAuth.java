package dev.vigil.adapters.web;

import dev.vigil.application.port.in.apikey.AuthenticateApiKey;
import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.apikey.Scope;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;

/** Checks the API key of a request against the scope its route requires. */
public final class ApiAuth {
    private static final String HOW = "send an API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'";
    private static final String CALLER = "vigil.caller";

    private final AuthenticateApiKey authenticate;

    public ApiAuth(AuthenticateApiKey authenticate) {
        this.authenticate = authenticate;
    }

    /** Passes when the request carries an active key holding {@code scope}; otherwise throws a 401 or 403. */
    public ApiKey require(Context ctx, Scope scope) {
        String presented = presentedKey(ctx);
        if (presented == null) {
            throw HttpProblem.unauthorized("authentication required: " + HOW);
        }
        ApiKey key = authenticate.authenticate(presented)
                .orElseThrow(() -> HttpProblem.unauthorized("invalid or expired API key"));
        if (!key.grants(scope)) {
            throw HttpProblem.forbidden("this API key lacks the '" + scope.wireName() + "' scope");
        }
        ctx.attribute(CALLER, key.name());
        return key;
    }

    /** The name of the API key that authenticated the request, for "who did it" when a request does not say. */
    public static Optional<String> callerName(Context ctx) {
        return Optional.ofNullable(ctx.attribute(CALLER));
    }

    private static String presentedKey(Context ctx) {
        String header = ctx.header("X-API-Key");
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            String value = authorization.strip();
            if (value.length() > 7 && value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
                return value.substring(7).strip();
            }
        }
        return null;
    }
}
