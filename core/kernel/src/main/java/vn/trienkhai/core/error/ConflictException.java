package vn.trienkhai.core.error;

import java.util.List;

/** Refused because someone else changed the record first, or the request clashes with the current state. */
public final class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(code, message, List.of());
    }

    private ConflictException(String code, String message, List<FieldError> fields) {
        super(code, message, fields);
    }

    /** A clash caused by one input (a number already registered), so that a form can mark that field. */
    public static ConflictException field(String field, String code, String message) {
        return new ConflictException(code, message, List.of(new FieldError(field, code, message)));
    }
}
