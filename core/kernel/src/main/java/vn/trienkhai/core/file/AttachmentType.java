package vn.trienkhai.core.file;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a document may carry, told by their first bytes and confirmed by the name's extension: a
 * renamed executable is not a PDF because it is called one.
 */
enum AttachmentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F'}, "pdf"),
    OFFICE_OPEN_XML("application/vnd.openxmlformats-officedocument", new byte[] {'P', 'K', 3, 4}, "docx", "xlsx", "pptx"),
    OFFICE_LEGACY("application/msword", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "doc", "xls"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "png");

    private final String contentType;
    private final byte[] magic;
    private final String[] extensions;

    AttachmentType(String contentType, byte[] magic, String... extensions) {
        this.contentType = contentType;
        this.magic = magic;
        this.extensions = extensions;
    }

    String contentType(String fileName) {
        if (this != OFFICE_OPEN_XML) {
            return contentType;
        }
        String extension = extension(fileName);
        return switch (extension) {
            case "xlsx" -> contentType + ".spreadsheetml.sheet";
            case "pptx" -> contentType + ".presentationml.presentation";
            default -> contentType + ".wordprocessingml.document";
        };
    }

    /** The type whose signature starts {@code head} and whose extensions include the file's. */
    static Optional<AttachmentType> of(String fileName, byte[] head) {
        String extension = extension(fileName);
        return Arrays.stream(values())
                .filter(type -> Arrays.asList(type.extensions).contains(extension) && startsWith(head, type.magic))
                .findFirst();
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
