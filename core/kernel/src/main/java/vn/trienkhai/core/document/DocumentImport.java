package vn.trienkhai.core.document;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.document.parsing.DocxText;
import vn.trienkhai.core.document.parsing.ImportDraft;
import vn.trienkhai.core.document.parsing.PlanTextParser;
import vn.trienkhai.core.document.parsing.UnreadableDocumentException;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.i18n.Messages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Reading a plan from its text or its file into a draft the user corrects before saving. The preview saves
 * nothing; text and files are limited in size so that one request cannot occupy the server (the parser itself is
 * linear).
 */
@Singleton
public class DocumentImport {

    /** About 40 pages of a plan; the largest seed is 35 KB. */
    public static final int MAX_CHARACTERS = 500_000;

    /** One limit for every file type: a .docx is read whole into memory. */
    public static final int MAX_FILE_BYTES = DocxText.MAX_BYTES;

    private static final String TEXT_FIELD = "text";
    private static final String FILE_FIELD = "file";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final PlanTextParser parser = new PlanTextParser();
    private final AccessPolicy policy;
    private final Messages messages;

    DocumentImport(AccessPolicy policy, Messages messages) {
        this.policy = policy;
        this.messages = messages;
    }

    /** The draft read from {@code text}; nothing is saved. */
    public ImportDraft preview(Actor actor, String text) {
        policy.require(actor, Operation.DOCUMENT_IMPORT);
        return parse(TEXT_FIELD, text);
    }

    /**
     * The draft read from an uploaded file, a .docx or a UTF-8 .txt (see {@link ImportFileType#of} for how the type
     * is told); nothing is saved and {@code content} is not closed. Refusals name the field {@code file}.
     */
    public ImportDraft previewFile(Actor actor, @Nullable String fileName, @Nullable String contentType, InputStream content) {
        policy.require(actor, Operation.DOCUMENT_IMPORT);
        ImportFileType type = ImportFileType.of(fileName, contentType)
                .orElseThrow(() -> fileRefused("import.file.type"));
        byte[] bytes = readAtMostMaxFileBytes(content);
        String text = switch (type) {
            case DOCX -> docxText(bytes);
            case TEXT -> utf8(bytes);
        };
        return parse(FILE_FIELD, text);
    }

    /**
     * The refusal of a file over {@link #MAX_FILE_BYTES}, for a caller whose transport enforces a limit before the
     * file reaches {@link #previewFile} (the API's upload limit).
     */
    public InvalidRequestException fileTooLarge() {
        return fileRefused("import.file.too-large", MAX_FILE_BYTES / (1024 * 1024));
    }

    /** The refusal of a text over {@link #MAX_CHARACTERS}, for the same callers as {@link #fileTooLarge()}. */
    public InvalidRequestException textTooLong() {
        return tooLong(TEXT_FIELD);
    }

    private ImportDraft parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidRequestException.field(field, "import.text.empty", messages.get("import.text.empty"));
        }
        if (text.length() > MAX_CHARACTERS) {
            throw tooLong(field);
        }
        return parser.parse(text);
    }

    private InvalidRequestException tooLong(String field) {
        return InvalidRequestException.field(field, "import.text.too-long", messages.get("import.text.too-long", MAX_CHARACTERS));
    }

    private byte[] readAtMostMaxFileBytes(InputStream content) {
        try {
            byte[] bytes = content.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw fileTooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String docxText(byte[] bytes) {
        try {
            return DocxText.read(new ByteArrayInputStream(bytes));
        } catch (UnreadableDocumentException unreadable) {
            throw fileRefused("import.file.unreadable", unreadable.getMessage());
        }
    }

    /** Strictly UTF-8, so that a file saved in another encoding is refused rather than read as garbled text. */
    private String utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            // Windows Notepad starts UTF-8 files with a byte order mark, which is no part of the text
            return text.isEmpty() || text.charAt(0) != BYTE_ORDER_MARK ? text : text.substring(1);
        } catch (CharacterCodingException e) {
            throw fileRefused("import.file.unreadable", messages.get("import.file.not-utf8"));
        }
    }

    private InvalidRequestException fileRefused(String key, Object... args) {
        return InvalidRequestException.field(FILE_FIELD, key, messages.get(key, args));
    }
}
