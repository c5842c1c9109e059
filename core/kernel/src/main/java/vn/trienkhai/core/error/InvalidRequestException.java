package vn.trienkhai.core.error;

import java.util.List;

/** Refused because the input is invalid; {@link #fieldErrors()} says which fields and why. */
public final class InvalidRequestException extends DomainException {

    public InvalidRequestException(String code, String message, List<FieldError> fieldErrors) {
        super(code, message, fieldErrors);
    }

    public InvalidRequestException(String code, String message) {
        this(code, message, List.of());
    }

    /** A single invalid field: the field's error is also the message of the whole refusal. */
    public static InvalidRequestException field(String field, String code, String message) {
        return new InvalidRequestException(code, message, List.of(new FieldError(field, code, message)));
    }
}
