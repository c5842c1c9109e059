package vn.trienkhai.app.api.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import vn.trienkhai.core.i18n.Messages;

/**
 * The body of the errors Micronaut raises itself (no such route, unreadable body, server error) in the same
 * {@link ApiError} shape as the domain's. A server error says nothing of its cause: that goes to the log.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ApiErrorBodyProvider implements JsonErrorResponseBodyProvider<ApiError> {

    private final Messages messages;

    ApiErrorBodyProvider(Messages messages) {
        this.messages = messages;
    }

    @Override
    public ApiError body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String key = switch (status) {
            case NOT_FOUND -> "request.not-found";
            case METHOD_NOT_ALLOWED -> "request.method-not-allowed";
            case BAD_REQUEST, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE_ENTITY -> "request.malformed";
            default -> "request.internal-error";
        };
        String message = "request.malformed".equals(key)
                ? messages.get(key, context.getErrors().isEmpty() ? status.getReason() : context.getErrors().getFirst().getMessage())
                : messages.get(key);
        return new ApiError(key, message, java.util.List.of());
    }
}
