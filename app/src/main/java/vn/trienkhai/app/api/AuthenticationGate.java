package vn.trienkhai.app.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import vn.trienkhai.app.api.error.ApiError;
import vn.trienkhai.app.api.error.DomainExceptionHandler;
import vn.trienkhai.core.error.UnauthenticatedException;
import vn.trienkhai.core.i18n.Messages;

import java.util.Set;

/**
 * Answers 401 to any API request without a bearer token, before routing looks at its body: otherwise a request
 * with an unexpected content type would learn "415" before "who are you?". The token itself is checked where
 * the actor is made ({@link ActorBinder}); the few public operations are listed here.
 */
@ServerFilter("/api/**")
class AuthenticationGate {

    private static final Set<String> PUBLIC = Set.of("/api/health", "/api/version", "/api/auth/token");
    private static final String PUBLIC_PREFIX = "/api/openapi/";

    private final Messages messages;

    AuthenticationGate(Messages messages) {
        this.messages = messages;
    }

    @RequestFilter
    @Nullable
    HttpResponse<ApiError> requireToken(HttpRequest<?> request) {
        String path = request.getPath();
        boolean open = PUBLIC.contains(path) || path.startsWith(PUBLIC_PREFIX);
        boolean bearer = request.getHeaders().getAuthorization().filter(value -> value.startsWith("Bearer ")).isPresent();
        return open || bearer ? null
                : DomainExceptionHandler.response(new UnauthenticatedException("auth.required", messages.get("auth.required")));
    }
}
