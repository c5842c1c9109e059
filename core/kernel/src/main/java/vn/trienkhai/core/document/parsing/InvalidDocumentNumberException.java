package vn.trienkhai.core.document.parsing;

/** Thrown when a document number cannot be read; the message says why, in Vietnamese. */
public class InvalidDocumentNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidDocumentNumberException(String message) {
        super(message);
    }
}
