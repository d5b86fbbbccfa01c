package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.Params;
import dev.vigil.application.port.in.check.ConfigureCheck;
import dev.vigil.application.port.in.check.ConfiguredCheck;
import dev.vigil.application.port.in.check.FindChecks;
import dev.vigil.application.port.in.check.RemoveCheck;
import dev.vigil.application.port.in.check.RotatePushToken;
import dev.vigil.application.port.in.check.RunCheckNow;
import dev.vigil.application.port.in.dependency.ShowDependency;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.CheckKind;
import dev.vigil.domain.check.PushToken;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;

/**
 * The check forms of a dependency on its system's page: configure an HTTP, TCP or push check, run it now, give a push
 * check a new token, remove it. The same use cases as {@code /api/dependencies/{id}/check}, the settings read by the
 * same code. A push token is shown once, in the answer to the form that made it (never in a redirect or a log).
 */
public final class CheckFormsController {
    private final ShowDependency show;
    private final FindChecks find;
    private final ConfigureCheck configure;
    private final RemoveCheck remove;
    private final RunCheckNow runNow;
    private final RotatePushToken rotate;
    private final SystemPageController systemPage;

    public CheckFormsController(ShowDependency show, FindChecks find, ConfigureCheck configure, RemoveCheck remove,
                                RunCheckNow runNow, RotatePushToken rotate, SystemPageController systemPage) {
        this.show = show;
        this.find = find;
        this.configure = configure;
        this.remove = remove;
        this.runNow = runNow;
        this.rotate = rotate;
        this.systemPage = systemPage;
    }

    public void configure(Context ctx) {
        Dependency dependency = show.show(id(ctx));
        Form form = Form.of(ctx);
        Optional<Check> existing = Optional.ofNullable(find.of(List.of(dependency.id())).get(dependency.id()));
        String kind = form.text("type").strip().toLowerCase(java.util.Locale.ROOT);
        String formId = "check-" + dependency.id().value() + "-" + (kind.matches("http|tcp|push") ? kind : "http");
        ConfiguredCheck[] done = new ConfiguredCheck[1];
        var refused = Refusals.attempt(() -> done[0] = configure.configure(
                CheckForm.command(dependency.id(), form, existing)));
        if (refused.isPresent()) {
            systemPage.render(ctx, refused.get().status(), dependency.systemId(), "", Optional.of(
                    new SystemDetailView.Refusal(formId, FormState.refused(form, refused.get().message()))));
            return;
        }
        Optional<PushToken> token = done[0].newToken();
        if (token.isPresent()) {
            showToken(ctx, dependency, token.get(), "Push check configured for " + dependency.name());
            return;
        }
        back(ctx, dependency, "check-saved");
    }

    public void runNow(Context ctx) {
        Dependency dependency = show.show(id(ctx));
        requireRunnable(dependency);
        runNow.run(dependency.id());
        back(ctx, dependency, "check-ran");
    }

    public void rotateToken(Context ctx) {
        Dependency dependency = show.show(id(ctx));
        showToken(ctx, dependency, rotate.rotate(dependency.id()), "New push token for " + dependency.name());
    }

    public void remove(Context ctx) {
        Dependency dependency = show.show(id(ctx));
        remove.remove(dependency.id());
        back(ctx, dependency, "check-removed");
    }

    /** Only checks Vigil runs itself can run now; a push check waits for its job (the use case refuses it too). */
    private void requireRunnable(Dependency dependency) {
        Check check = find.of(List.of(dependency.id())).get(dependency.id());
        if (check != null && check.kind() == CheckKind.PUSH) {
            throw new IllegalArgumentException(dependency.name() + " has a push check: it runs when its job pings");
        }
    }

    private void showToken(Context ctx, Dependency dependency, PushToken token, String title) {
        String url = ctx.scheme() + "://" + ctx.host() + "/api/push/" + token.reveal();
        systemPage.render(ctx, 200, dependency.systemId(), "", Optional.empty(), new SystemDetailView.OneTimeSecret(
                title, "Copy this address now: the job calls it after each run (add ?status=down&msg=… to report a "
                + "failure). Vigil keeps only a hash of the token and will not show it again.", url));
    }

    private static void back(Context ctx, Dependency dependency, String notice) {
        ctx.redirect("/admin/systems/" + dependency.systemId().value() + "?notice=" + notice + "#dependency-"
                + dependency.id().value(), HttpStatus.SEE_OTHER);
    }

    private static DependencyId id(Context ctx) {
        return new DependencyId(Params.id(ctx, "id"));
    }
}
