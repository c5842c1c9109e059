package vn.trienkhai.core.error;

import java.util.List;

/**
 * A request the domain refuses, with a stable machine code and a message for people.
 *
 * <p>The code (e.g. {@code unit.code.duplicate}) is what API clients test; the message is already in the
 * user's language, resolved by the thrower from the message bundles. {@link #fieldErrors()} names the
 * offending input fields so that a form can mark them.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidRequestException, NotFoundException, ConflictException, ForbiddenException, UnauthenticatedException {

    private final String code;
    private final List<FieldError> fieldErrors;

    protected DomainException(String code, String message, List<FieldError> fieldErrors) {
        super(message);
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public String code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** One invalid input field: its name as the API spells it, and why it is invalid. */
    public record FieldError(String field, String code, String message) {
    }
}
