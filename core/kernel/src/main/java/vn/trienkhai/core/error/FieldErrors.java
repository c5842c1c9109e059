package vn.trienkhai.core.error;

import vn.trienkhai.core.error.DomainException.FieldError;
import vn.trienkhai.core.i18n.Messages;

import java.util.ArrayList;
import java.util.List;

/** Collects the field errors of one request, so that all of them are reported at once, then throws them together. */
public final class FieldErrors {

    private final Messages messages;
    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors(Messages messages) {
        this.messages = messages;
    }

    /** Adds the error of {@code field} with the message {@code key} (also its code). */
    public FieldErrors add(String field, String key, Object... args) {
        errors.add(new FieldError(field, key, messages.get(key, args)));
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws an {@link InvalidRequestException} carrying every error collected, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            String summary = errors.size() == 1 ? errors.getFirst().message() : messages.get("request.invalid", errors.size());
            throw new InvalidRequestException(errors.getFirst().code(), summary, errors);
        }
    }
}
