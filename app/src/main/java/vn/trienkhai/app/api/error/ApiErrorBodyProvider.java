package vn.trienkhai.app.api.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trienkhai.core.i18n.Messages;

import java.util.List;

/**
 * The body of the errors Micronaut raises itself (no such route, unreadable body, server error) in the same
 * {@link ApiError} shape as the domain's. No error says anything of its cause beyond the input concerned: that goes
 * to the log.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ApiErrorBodyProvider implements JsonErrorResponseBodyProvider<ApiError> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorBodyProvider.class);

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
        // the framework's own text names its internals (a parser's class, a library's limit): it goes to the log,
        // the client gets our message and, where the framework knows it, the input that could not be read
        context.getErrors().forEach(error -> LOG.debug("{} refused: {}", status, error.getMessage()));
        String message = messages.get(key);
        List<ApiError.Field> fields = "request.malformed".equals(key)
                ? context.getErrors().stream().flatMap(error -> error.getPath().stream())
                        .map(path -> new ApiError.Field(path, key, message)).distinct().toList()
                : List.of();
        return new ApiError(key, message, fields);
    }
}
