package dev.vigil.adapters.web.apikey;

import dev.vigil.adapters.web.HttpProblem;
import dev.vigil.adapters.web.JsonRequests;
import dev.vigil.adapters.web.Params;
import dev.vigil.adapters.web.RequestBody;
import dev.vigil.application.port.in.apikey.CreateApiKey;
import dev.vigil.application.port.in.apikey.CreateApiKeyCommand;
import dev.vigil.application.port.in.apikey.ListApiKeys;
import dev.vigil.application.port.in.apikey.RevokeApiKey;
import dev.vigil.domain.apikey.ApiKeyId;
import dev.vigil.domain.apikey.Scope;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code /api/apikeys}: create (the secret is shown once), list and revoke API keys. */
public final class ApiKeyController {
    static final long MAX_DAYS = 3650;

    private final CreateApiKey create;
    private final ListApiKeys list;
    private final RevokeApiKey revoke;
    private final JsonRequests requests;
    private final Clock clock;

    public ApiKeyController(CreateApiKey create, ListApiKeys list, RevokeApiKey revoke, JsonRequests requests,
                            Clock clock) {
        this.create = create;
        this.list = list;
        this.revoke = revoke;
        this.requests = requests;
        this.clock = clock;
    }

    public void list(Context ctx) {
        ctx.json(list.list().stream().map(ApiKeyResponse::of).toList());
    }

    public void create(Context ctx) {
        RequestBody body = requests.body(ctx).allowOnly("name", "scopes", "expires_at", "expires_in_days");
        if (body.has("expires_at") && body.has("expires_in_days")) {
            throw HttpProblem.badRequest("give expires_at or expires_in_days, not both");
        }
        Set<Scope> scopes = scopes(body.textList("scopes", 3).orElse(List.of("read")));
        Optional<Instant> expiresAt = body.parsed("expires_at", ApiKeyController::instant)
                .or(() -> body.integer("expires_in_days", 1, MAX_DAYS)
                        .map(days -> clock.instant().plus(Duration.ofDays(days))));
        var command = new CreateApiKeyCommand(body.requiredText("name"), scopes, expiresAt);
        ctx.status(HttpStatus.CREATED).json(CreatedApiKeyResponse.of(create.create(command)));
    }

    public void revoke(Context ctx) {
        revoke.revoke(new ApiKeyId(Params.id(ctx, "id")));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static Set<Scope> scopes(List<String> names) {
        if (names.isEmpty()) {
            throw HttpProblem.badRequest("scopes must name at least one of read, write, admin");
        }
        EnumSet<Scope> scopes = EnumSet.noneOf(Scope.class);
        names.forEach(name -> scopes.add(Scope.fromWire(name)));
        return scopes;
    }

    private static Instant instant(String text) {
        Instant instant;
        try {
            instant = Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw HttpProblem.badRequest("expires_at must be an ISO-8601 UTC time such as 2030-01-01T00:00:00Z");
        }
        // The same bounds as every other time of the API: one the database cannot hold was a 500 when written.
        return dev.vigil.adapters.web.Times.parse("expires_at", instant.toString());
    }
}
