package vn.trienkhai.core.error;

import java.util.List;

/** Refused because the one who asks may not do this. */
public final class ForbiddenException extends DomainException {

    public ForbiddenException(String code, String message) {
        super(code, message, List.of());
    }
}
