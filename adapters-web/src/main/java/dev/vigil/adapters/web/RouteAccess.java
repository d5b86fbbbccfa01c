package dev.vigil.adapters.web;

import dev.vigil.domain.apikey.Scope;
import io.javalin.router.EndpointMetadata;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may call a route: anyone, an API key holding a scope, or a browser logged in to the admin UI (a session,
 * whose forms must also carry its CSRF token). Every registered route carries one.
 */
public record RouteAccess(Optional<Scope> scope, boolean session) implements EndpointMetadata {
    public static final RouteAccess PUBLIC = new RouteAccess(Optional.empty(), false);
    public static final RouteAccess READ = new RouteAccess(Optional.of(Scope.READ), false);
    public static final RouteAccess WRITE = new RouteAccess(Optional.of(Scope.WRITE), false);
    public static final RouteAccess ADMIN = new RouteAccess(Optional.of(Scope.ADMIN), false);
    /** The admin UI: a logged-in session (and, on anything but GET, the session's CSRF token). */
    public static final RouteAccess SESSION = new RouteAccess(Optional.empty(), true);

    public RouteAccess {
        Objects.requireNonNull(scope, "scope");
        if (session && scope.isPresent()) {
            throw new IllegalArgumentException("a route needs an API key scope or a session, not both");
        }
    }

    public String describe() {
        return session ? "admin session" : scope.map(Scope::wireName).orElse("public");
    }
}
