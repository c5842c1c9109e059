package vn.trienkhai.core.document.parsing;

/**
 * Thrown when a file cannot be read as a document: not a .docx, damaged, or refused as too large or as a zip bomb.
 * The message is the technical reason (in English, from the reader); the caller puts it into its own words.
 */
public class UnreadableDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public UnreadableDocumentException(String reason) {
        super(reason);
    }
}
