package dev.vigil.adapters.web.admin;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;

/**
 * The admin UI's cookies. The session cookie holds only a random token (never a password), is {@code HttpOnly} (no
 * script reads it) and {@code SameSite=Lax} (other sites cannot send it along with their forms; links from chat still
 * work). Behind HTTPS (a {@code --public-url} starting with {@code https://}) both cookies are {@code Secure} and use
 * the {@code __Host-} prefix, which browsers accept only from a secure origin, for the whole host and no subdomain.
 */
public final class SessionCookies {
    static final Duration LOGIN_FORM_LIFETIME = Duration.ofHours(1);

    private final boolean secure;
    private final String sessionName;
    private final String loginName;
    private final Duration sessionLifetime;

    public SessionCookies(boolean secure, Duration sessionLifetime) {
        this.secure = secure;
        this.sessionName = secure ? "__Host-vigil_session" : "vigil_session";
        this.loginName = secure ? "__Host-vigil_login" : "vigil_login";
        this.sessionLifetime = sessionLifetime;
    }

    public boolean secure() {
        return secure;
    }

    String session(Context ctx) {
        return ctx.cookie(sessionName);
    }

    void setSession(Context ctx, String token) {
        ctx.cookie(cookie(sessionName, token, (int) sessionLifetime.toSeconds(), SameSite.LAX));
    }

    void clearSession(Context ctx) {
        ctx.cookie(cookie(sessionName, "", 0, SameSite.LAX));
    }

    /** The login form's own anti-forgery value (double submit: the same value in this cookie and in the form). */
    String loginForm(Context ctx) {
        return ctx.cookie(loginName);
    }

    void setLoginForm(Context ctx, String value) {
        ctx.cookie(cookie(loginName, value, (int) LOGIN_FORM_LIFETIME.toSeconds(), SameSite.STRICT));
    }

    void clearLoginForm(Context ctx) {
        ctx.cookie(cookie(loginName, "", 0, SameSite.STRICT));
    }

    private Cookie cookie(String name, String value, int maxAge, SameSite sameSite) {
        return new Cookie(name, value, "/", maxAge, secure, true, null, sameSite);
    }
}
