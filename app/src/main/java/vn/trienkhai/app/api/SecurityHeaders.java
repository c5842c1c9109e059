package vn.trienkhai.app.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Security headers on every answer of the API server: nothing is framed, sniffed or cached. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeaders {

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "no-referrer");
        // the browsable OpenAPI view is the only HTML served here; its script and styles are our own files
        response.header("Content-Security-Policy",
                "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'");
        if (request.getPath().startsWith("/api/") && !request.getPath().startsWith("/api/openapi/")) {
            response.header("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            response.header("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
