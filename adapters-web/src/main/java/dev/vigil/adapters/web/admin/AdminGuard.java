package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.HttpProblem;
import dev.vigil.application.port.in.account.ResumeSession;
import dev.vigil.domain.account.AdminSession;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Lets a request into the admin UI only with an active session; a browser without one is sent to the login page
 * (a GET comes back to where it was going). A request that changes something must also carry the session's CSRF
 * token in its form ({@code _csrf}), compared in constant time. Admin pages are never cached.
 */
public final class AdminGuard {
    static final String SESSION_ATTRIBUTE = "vigil.admin.session";
    public static final String CSRF_FIELD = "_csrf";

    private final ResumeSession resume;
    private final SessionCookies cookies;

    public AdminGuard(ResumeSession resume, SessionCookies cookies) {
        this.resume = resume;
        this.cookies = cookies;
    }

    /** True when the request may go on; otherwise the response (a redirect to the login page) is already set. */
    public boolean admit(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        Optional<AdminSession> session = current(ctx);
        if (session.isEmpty()) {
            String target = ctx.method().name().equals("GET")
                    ? "/admin/login?next=" + URLEncoder.encode(SafeRedirect.admin(ctx.path(), ctx.queryString()),
                    StandardCharsets.UTF_8)
                    : "/admin/login?notice=expired";
            ctx.redirect(target, HttpStatus.SEE_OTHER);
            return false;
        }
        if (!ctx.method().name().equals("GET") && !sameToken(ctx.formParam(CSRF_FIELD), session.get().csrfToken())) {
            throw HttpProblem.forbidden("This form has expired or did not come from Vigil's own pages. "
                    + "Reload the page and try again.");
        }
        ctx.attribute(SESSION_ATTRIBUTE, session.get());
        return true;
    }

    /** The session of a request the guard let in. */
    static AdminSession session(Context ctx) {
        AdminSession session = ctx.attribute(SESSION_ATTRIBUTE);
        if (session == null) {
            throw new IllegalStateException("no admin session on " + ctx.path() + ": is the route declared SESSION?");
        }
        return session;
    }

    Optional<AdminSession> current(Context ctx) {
        String token = cookies.session(ctx);
        return token == null || token.isEmpty() ? Optional.empty() : resume.resume(token);
    }

    static boolean sameToken(String sent, String expected) {
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
