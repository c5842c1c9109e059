package vn.trienkhai.core.document;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trienkhai.core.document.parsing.DocxText;
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
import java.util.function.Supplier;

/**
 * The text of an uploaded plan: a .docx or a strictly UTF-8 .txt (see {@link ImportFileType#of} for how the type
 * is told), at most {@link #MAX_FILE_BYTES}. Refusals name the field {@code file}.
 */
@Singleton
class ImportFileReader {

    /** One limit for every file type: a .docx is read whole into memory. */
    static final int MAX_FILE_BYTES = DocxText.MAX_BYTES;
    static final String FILE_FIELD = "file";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final Logger LOG = LoggerFactory.getLogger(ImportFileReader.class);

    private final Messages messages;

    ImportFileReader(Messages messages) {
        this.messages = messages;
    }

    /** The file's text; {@code content} is not closed. */
    String read(@Nullable String fileName, @Nullable String contentType, InputStream content) {
        ImportFileType type = ImportFileType.of(fileName, contentType).orElseThrow(() -> refused("import.file.type"));
        byte[] bytes = readAtMostMaxFileBytes(content);
        return switch (type) {
            case DOCX -> docxText(bytes);
            case TEXT -> utf8(bytes, () -> refused("import.file.unreadable", messages.get("import.file.not-utf8")));
        };
    }

    InvalidRequestException tooLarge() {
        return refused("import.file.too-large", MAX_FILE_BYTES / (1024 * 1024));
    }

    private byte[] readAtMostMaxFileBytes(InputStream content) {
        try {
            byte[] bytes = content.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw tooLarge();
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
            // POI's reason names its classes and the zip's entries: the log keeps it, the user gets ours
            LOG.info("Refused an unreadable .docx: {}", unreadable.getMessage());
            throw refused("import.file.unreadable", messages.get("import.file.not-docx"));
        }
    }

    /**
     * Strictly UTF-8, so that a text saved in another encoding is refused rather than read as garbled text;
     * {@code refusal} says so for the input the bytes came from.
     */
    String utf8(byte[] bytes, Supplier<InvalidRequestException> refusal) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            // Windows Notepad starts UTF-8 files with a byte order mark, which is no part of the text
            return text.isEmpty() || text.charAt(0) != BYTE_ORDER_MARK ? text : text.substring(1);
        } catch (CharacterCodingException e) {
            throw refusal.get();
        }
    }

    private InvalidRequestException refused(String key, Object... args) {
        return InvalidRequestException.field(FILE_FIELD, key, messages.get(key, args));
    }
}
