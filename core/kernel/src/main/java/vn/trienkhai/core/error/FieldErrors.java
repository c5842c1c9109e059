package vn.trienkhai.core.error;

import vn.trienkhai.core.error.DomainException.FieldError;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.text.CleanText;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects the field errors of one request, so that all of them are reported at once, then throws them together. */
public final class FieldErrors {

    public static final LocalDate EARLIEST_DATE = LocalDate.of(1945, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

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

    /**
     * Adds the error of {@code field} when {@code date} lies outside {@link #EARLIEST_DATE}..{@link #LATEST_DATE}:
     * no document or unit of the Party's records is older, and a year such as 999999999 would be stored by one
     * database and read back corrupted by another. A missing date is the caller's rule, not this one's.
     */
    public FieldErrors checkDate(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))) {
            add(field, "date.out-of-range", String.valueOf(EARLIEST_DATE.getYear()), String.valueOf(LATEST_DATE.getYear()));
        }
        return this;
    }

    /**
     * Checks free text (a task, a report, a note): in NFC and stripped, without control characters other than line
     * breaks and tabs, and no longer than {@code max}, which is refused rather than cut. An empty text is refused
     * with {@code requiredKey}, or accepted when that is null. Returns the cleaned text, null when empty.
     */
    public String checkText(String field, String value, int max, String requiredKey) {
        String text = value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        if (text.isEmpty()) {
            if (requiredKey != null) {
                add(field, requiredKey);
            }
            return null;
        }
        if (CleanText.hasControl(text)) {
            add(field, "text.control");
        } else if (text.length() > max) {
            add(field, "task.text.too-long", max);
        }
        return text;
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
