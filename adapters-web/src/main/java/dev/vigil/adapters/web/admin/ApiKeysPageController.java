package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.Params;
import dev.vigil.application.port.in.apikey.CreateApiKey;
import dev.vigil.application.port.in.apikey.CreateApiKeyCommand;
import dev.vigil.application.port.in.apikey.IssuedApiKey;
import dev.vigil.application.port.in.apikey.ListApiKeys;
import dev.vigil.application.port.in.apikey.RevokeApiKey;
import dev.vigil.domain.DomainRuleViolation;
import dev.vigil.domain.apikey.ApiKeyId;
import dev.vigil.domain.apikey.Scope;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /admin/apikeys}: create (the secret is shown once, in the response to the form, never again), list, revoke:
 * the same use cases as {@code /api/apikeys}.
 */
public final class ApiKeysPageController {
    static final long MAX_DAYS = 3650;

    private final CreateApiKey create;
    private final ListApiKeys list;
    private final RevokeApiKey revoke;
    private final AdminPages pages;
    private final Clock clock;

    public ApiKeysPageController(CreateApiKey create, ListApiKeys list, RevokeApiKey revoke, AdminPages pages, Clock clock) {
        this.create = create;
        this.list = list;
        this.revoke = revoke;
        this.pages = pages;
        this.clock = clock;
    }

    public void show(Context ctx) {
        render(ctx, 200, Notices.text(ctx.queryParam("notice")), "", "", FormState.of(java.util.Map.of("scopes", "read")));
    }

    public void create(Context ctx) {
        Form form = Form.of(ctx);
        IssuedApiKey issued;
        try {
            issued = create.create(new CreateApiKeyCommand(form.text("name"), scopes(form), expiry(form.text("expires_in_days"))));
        } catch (IllegalArgumentException | DomainRuleViolation refused) {
            render(ctx, 400, "", "", "", FormState.refused(form, refused.getMessage()));
            return;
        }
        render(ctx, 201, "", issued.key().name(), issued.secret().reveal(), FormState.of(java.util.Map.of("scopes", "read")));
    }

    public void revoke(Context ctx) {
        revoke.revoke(new ApiKeyId(Params.id(ctx, "id")));
        ctx.redirect("/admin/apikeys?notice=key-revoked", HttpStatus.SEE_OTHER);
    }

    private static Set<Scope> scopes(Form form) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        form.all("scopes").forEach(s -> scopes.add(Scope.fromWire(s)));
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("choose at least one scope: read, write or admin");
        }
        return scopes;
    }

    private Optional<Instant> expiry(String days) {
        if (days.isBlank()) {
            return Optional.empty();
        }
        try {
            long n = Long.parseLong(days.strip());
            if (n >= 1 && n <= MAX_DAYS) {
                return Optional.of(clock.instant().plus(Duration.ofDays(n)));
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("expires in days must be a whole number from 1 to " + MAX_DAYS
                + ", or empty for a key that does not expire");
    }

    private void render(Context ctx, int status, String notice, String createdName, String secret, FormState form) {
        var chrome = pages.chrome(AdminGuard.session(ctx), "API keys", "apikeys", "/admin/apikeys");
        pages.send(ctx, status, "admin/apikeys.jte",
                ApiKeysView.from(list.list(), chrome, notice, createdName, secret, form));
    }
}
