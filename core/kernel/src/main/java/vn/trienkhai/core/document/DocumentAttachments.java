package vn.trienkhai.core.document;

import io.micronaut.context.annotation.Value;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.document.internal.AttachmentRepository;
import vn.trienkhai.core.document.internal.AttachmentRepository.AttachmentRow;
import vn.trienkhai.core.document.internal.DocumentRow;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.NotFoundException;
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
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Files attached to documents, kept in {@code <data dir>/attachments}: at most {@value #MAX_BYTES} bytes, of the
 * types {@link AttachmentType} recognises by their content. A refused file leaves nothing behind, on disk or in
 * the database.
 */
@Singleton
public class DocumentAttachments {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int HEAD_BYTES = 8;

    private final Path directory;
    private final AttachmentRepository attachments;
    private final DocumentAccess access;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    DocumentAttachments(@Value("${trienkhai.data-dir:data}") String dataDirectory, AttachmentRepository attachments,
                        DocumentAccess access, AuditTrail audit, Messages messages, Clock clock) {
        this.directory = Path.of(dataDirectory).toAbsolutePath().resolve("attachments");
        this.attachments = attachments;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Serdeable
    public record Attachment(long id, long documentId, String fileName, String contentType, long sizeBytes, String sha256) {
    }

    /** An attachment's description and its bytes; the caller closes the stream. */
    public record Download(Attachment attachment, InputStream content) {
    }

    @Transactional
    public Attachment add(Actor actor, long documentId, String fileName, InputStream content) {
        DocumentRow document = access.changeable(actor, documentId, Operation.DOCUMENT_REGISTER);
        String name = attachmentName(fileName);
        String key = UUID.randomUUID().toString();
        Path file = directory.resolve(key);
        try {
            Stored stored = store(content, file);
            AttachmentType type = AttachmentType.of(name, stored.head())
                    .orElseThrow(() -> refused("attachment.type.refused"));
            AttachmentRow row = attachments.save(new AttachmentRow(null, document.id(), name, type.contentType(name),
                    stored.size(), stored.sha256(), key, clock.instant()));
            audit.created(actor, document.organisationId(), "document_attachment", row.id(), name, row);
            return toAttachment(row);
        } catch (RuntimeException refusedOrFailed) {
            deleteQuietly(file);
            throw refusedOrFailed;
        }
    }

    @ReadOnly
    public List<Attachment> list(Actor actor, long documentId) {
        access.readable(actor, documentId);
        return attachments.findByDocumentIdOrderById(documentId).stream().map(DocumentAttachments::toAttachment).toList();
    }

    @ReadOnly
    public Download open(Actor actor, long attachmentId) {
        AttachmentRow row = attachments.findById(attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment.not-found", messages.get("attachment.not-found")));
        access.readable(actor, row.documentId());
        try {
            return new Download(toAttachment(row), Files.newInputStream(directory.resolve(row.storageKey())));
        } catch (IOException e) {
            throw new UncheckedIOException("Attachment " + attachmentId + " is missing from the data directory", e);
        }
    }

    /** Removes the bytes of attachments whose rows are gone. */
    void deleteStored(List<String> storageKeys) {
        storageKeys.forEach(key -> deleteQuietly(directory.resolve(key)));
    }

    /** Copies at most {@link #MAX_BYTES} to {@code file}, hashing on the way; more is refused. */
    private Stored store(InputStream content, Path file) {
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
            return new Stored(Arrays.copyOf(head, head.length), size, HexFormat.of().formatHex(digest.digest()));
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

    private static Attachment toAttachment(AttachmentRow row) {
        return new Attachment(row.id(), row.documentId(), row.fileName(), row.contentType(), row.sizeBytes(), row.sha256());
    }

    private record Stored(byte[] head, long size, String sha256) {
    }
}
