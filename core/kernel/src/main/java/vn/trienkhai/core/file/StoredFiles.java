package vn.trienkhai.core.file;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.i18n.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The attached files of documents and of progress reports, kept in {@code <data dir>/attachments} under random keys:
 * at most {@value #MAX_BYTES} bytes, of the types {@link AttachmentType} recognises by their content, with a name
 * that is the last segment of what the client sent. The callers keep the rows; a refused file leaves nothing behind.
 */
@Singleton
public class StoredFiles {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int HEAD_BYTES = 8;

    private final Path directory;
    private final Messages messages;

    StoredFiles(@Value("${trienkhai.data-dir:data}") String dataDirectory, Messages messages) {
        this.directory = Path.of(dataDirectory).toAbsolutePath().resolve("attachments");
        this.messages = messages;
    }

    /** A file kept: the name to show, its type, size and hash, and the key it is stored under. */
    public record StoredFile(String fileName, String contentType, long sizeBytes, String sha256, String storageKey) {
    }

    /**
     * Stores the content under a new key, or refuses it (field {@code fileName} or {@code file}) and keeps nothing.
     * The caller that then fails to save its row calls {@link #delete} with the key.
     */
    public StoredFile store(String fileName, InputStream content) {
        String name = attachmentName(fileName);
        String key = UUID.randomUUID().toString();
        Path file = directory.resolve(key);
        try {
            Copied copied = copy(content, file);
            AttachmentType type = AttachmentType.of(name, copied.head()).orElseThrow(() -> refused("attachment.type.refused"));
            return new StoredFile(name, type.contentType(name), copied.size(), copied.sha256(), key);
        } catch (RuntimeException refusedOrFailed) {
            deleteQuietly(file);
            throw refusedOrFailed;
        }
    }

    public InputStream open(String storageKey) {
        try {
            return Files.newInputStream(directory.resolve(storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException("Attachment " + storageKey + " is missing from the data directory", e);
        }
    }

    /** Removes the bytes of files whose rows are gone. */
    public void delete(List<String> storageKeys) {
        storageKeys.forEach(key -> deleteQuietly(directory.resolve(key)));
    }

    /** Copies at most {@link #MAX_BYTES} to {@code file}, hashing on the way; more is refused. */
    private Copied copy(InputStream content, Path file) {
        try {
            Files.createDirectories(directory);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] head;
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                size = content.transferTo(new LimitedOutputStream(out, MAX_BYTES, this::tooLarge));
            }
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD_BYTES);
            }
            return new Copied(Arrays.copyOf(head, head.length), size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The last segment of the name the client sent ("C:\\hồ sơ\\a.pdf" → "a.pdf"), taken as text rather than through
     * {@link Path}, which fails on "/" and on NUL; names of no segment, dot names and control characters are refused.
     */
    private String attachmentName(String fileName) {
        String sent = fileName == null ? "" : fileName;
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.length() > 255 || name.equals(".") || name.equals("..")
                || name.codePoints().anyMatch(Character::isISOControl)) {
            throw InvalidRequestException.field("fileName", "attachment.name.invalid", messages.get("attachment.name.invalid"));
        }
        return name;
    }

    private InvalidRequestException tooLarge() {
        return refused("attachment.too-large", MAX_BYTES / (1024 * 1024));
    }

    private InvalidRequestException refused(String key, Object... args) {
        return InvalidRequestException.field("file", key, messages.get(key, args));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover file without a row is never served; nothing else to do
        }
    }

    private record Copied(byte[] head, long size, String sha256) {
    }
}
