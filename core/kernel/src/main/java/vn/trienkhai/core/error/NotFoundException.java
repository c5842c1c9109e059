package vn.trienkhai.core.error;

import java.util.List;

/** Refused because the thing asked for does not exist, or is not visible to the one who asks. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String code, String message) {
        super(code, message, List.of());
    }
}
