package vn.trienkhai.app.api.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.DomainException;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.error.UnauthenticatedException;

/** Turns the domain's refusals into their HTTP status and an {@link ApiError}. */
@Singleton
@Produces
public class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, DomainException refused) {
        return response(refused);
    }

    public static HttpResponse<ApiError> response(DomainException refused) {
        HttpStatus status = switch (refused) {
            case InvalidRequestException ignored -> HttpStatus.UNPROCESSABLE_ENTITY;
            case NotFoundException ignored -> HttpStatus.NOT_FOUND;
            case ConflictException ignored -> HttpStatus.CONFLICT;
            case ForbiddenException ignored -> HttpStatus.FORBIDDEN;
            case UnauthenticatedException ignored -> HttpStatus.UNAUTHORIZED;
        };
        var response = HttpResponse.<ApiError>status(status).body(toApiError(refused));
        return status == HttpStatus.UNAUTHORIZED ? response.header("WWW-Authenticate", "Bearer realm=\"trienkhai\"") : response;
    }

    private static ApiError toApiError(DomainException refused) {
        return new ApiError(refused.code(), refused.getMessage(), refused.fieldErrors().stream()
                .map(error -> new ApiError.Field(error.field(), error.code(), error.message())).toList());
    }
}
