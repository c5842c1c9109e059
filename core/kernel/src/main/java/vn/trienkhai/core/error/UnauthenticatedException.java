package vn.trienkhai.core.error;

import java.util.List;

/** Refused because the caller has not proven who they are: no, a wrong, an expired or a revoked credential. */
public final class UnauthenticatedException extends DomainException {

    public UnauthenticatedException(String code, String message) {
        super(code, message, List.of());
    }
}
