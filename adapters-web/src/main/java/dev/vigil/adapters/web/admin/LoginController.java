package dev.vigil.adapters.web.admin;

import dev.vigil.application.port.in.account.LogIn;
import dev.vigil.application.port.in.account.LogInCommand;
import dev.vigil.application.port.in.account.LogOut;
import dev.vigil.application.port.in.account.LoginOutcome;
import dev.vigil.domain.account.Password;
import dev.vigil.domain.account.Username;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.SecureRandom;
import java.util.Base64;

/** {@code /admin/login} and {@code /admin/logout}. */
public final class LoginController {
    private final LogIn logIn;
    private final LogOut logOut;
    private final AdminGuard guard;
    private final SessionCookies cookies;
    private final AdminPages pages;
    private final SecureRandom random = new SecureRandom();

    public LoginController(LogIn logIn, LogOut logOut, AdminGuard guard, SessionCookies cookies, AdminPages pages) {
        this.logIn = logIn;
        this.logOut = logOut;
        this.guard = guard;
        this.cookies = cookies;
        this.pages = pages;
    }

    public void form(Context ctx) {
        String next = SafeRedirect.admin(ctx.queryParam("next"));
        if (guard.current(ctx).isPresent()) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, 200, "", next, ctx.queryParam("notice"), "");
    }

    public void submit(Context ctx) {
        String next = SafeRedirect.admin(ctx.formParam("next"));
        String username = shorten(ctx.formParam("username"));
        String password = ctx.formParam("password");
        if (!AdminGuard.sameToken(ctx.formParam(AdminGuard.CSRF_FIELD), cookies.loginForm(ctx))) {
            render(ctx, 403, username, next, null, "This login form had expired. Please try again.");
            return;
        }
        LoginOutcome outcome = attempt(username, password);
        if (outcome instanceof LoginOutcome.LoggedIn in) {
            cookies.clearLoginForm(ctx);
            cookies.setSession(ctx, in.token().reveal());
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } else if (outcome instanceof LoginOutcome.Throttled wait) {
            long seconds = Math.max(1, (wait.retryAfter().toMillis() + 999) / 1000);
            ctx.header("Retry-After", Long.toString(seconds));
            render(ctx, 429, username, next, null, "Too many wrong passwords. Wait " + seconds
                    + (seconds == 1 ? " second" : " seconds") + ", then try again.");
        } else {
            render(ctx, 401, username, next, null, "Wrong username or password.");
        }
    }

    public void logout(Context ctx) {
        logOut.logOut(cookies.session(ctx));
        cookies.clearSession(ctx);
        ctx.redirect("/admin/login?notice=logged-out", HttpStatus.SEE_OTHER);
    }

    private LoginOutcome attempt(String username, String password) {
        try {
            return logIn.logIn(new LogInCommand(username, Password.attempt(password == null ? "" : password)));
        } catch (IllegalArgumentException tooLong) {
            return new LoginOutcome.Refused();
        }
    }

    private void render(Context ctx, int status, String username, String next, String noticeKey, String error) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String formToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        cookies.setLoginForm(ctx, formToken);
        pages.send(ctx, status, "admin/login.jte",
                LoginView.from(pages.anonymous("Log in"), username, next, formToken, noticeKey, error));
    }

    private static String shorten(String username) {
        if (username == null) {
            return "";
        }
        return username.length() > Username.MAX_LENGTH ? username.substring(0, Username.MAX_LENGTH) : username;
    }
}
