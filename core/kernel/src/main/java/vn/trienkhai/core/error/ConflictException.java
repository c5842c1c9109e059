package vn.trienkhai.core.error;

import java.util.List;

/** Refused because someone else changed the record first, or the request clashes with the current state. */
public final class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(code, message, List.of());
    }
}
