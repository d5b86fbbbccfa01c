package dev.vigil.adapters.web;

import dev.vigil.domain.apikey.Scope;
import io.javalin.router.EndpointMetadata;
import java.util.Objects;
import java.util.Optional;

/** Who may call a route: anyone, or an API key holding a scope. Every registered route carries one. */
public record RouteAccess(Optional<Scope> scope) implements EndpointMetadata {
    public static final RouteAccess PUBLIC = new RouteAccess(Optional.empty());
    public static final RouteAccess READ = new RouteAccess(Optional.of(Scope.READ));
    public static final RouteAccess WRITE = new RouteAccess(Optional.of(Scope.WRITE));
    public static final RouteAccess ADMIN = new RouteAccess(Optional.of(Scope.ADMIN));

    public RouteAccess {
        Objects.requireNonNull(scope, "scope");
    }

    public String describe() {
        return scope.map(Scope::wireName).orElse("public");
    }
}
