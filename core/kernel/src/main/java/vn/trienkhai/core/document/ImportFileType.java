package vn.trienkhai.core.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The files a plan can be imported from. */
enum ImportFileType {

    DOCX(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    TEXT(".txt", "text/plain");

    private final String extension;
    private final String mediaType;

    ImportFileType(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /**
     * The type of a file named {@code fileName}: its extension decides; only a name without one is judged by the
     * content type the client declared, because clients often send any file as application/octet-stream.
     */
    static Optional<ImportFileType> of(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (name.lastIndexOf('.') > 0) {
            return Arrays.stream(values()).filter(type -> name.endsWith(type.extension)).findFirst();
        }
        String declared = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(declared)).findFirst();
    }
}
