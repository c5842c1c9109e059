package vn.trienkhai.core.document;

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
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.file.StoredFiles;
import vn.trienkhai.core.file.StoredFiles.StoredFile;
import vn.trienkhai.core.i18n.Messages;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;

/**
 * Files attached to documents, stored by {@link StoredFiles}; attaching is for the subtree holding the document,
 * reading for whoever sees it. A refused file leaves nothing behind, on disk or in the database.
 */
@Singleton
public class DocumentAttachments {

    public static final int MAX_BYTES = StoredFiles.MAX_BYTES;

    private final StoredFiles files;
    private final AttachmentRepository attachments;
    private final DocumentAccess access;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    DocumentAttachments(StoredFiles files, AttachmentRepository attachments, DocumentAccess access, AuditTrail audit,
                        Messages messages, Clock clock) {
        this.files = files;
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
        StoredFile stored = files.store(fileName, content);
        try {
            AttachmentRow row = attachments.save(new AttachmentRow(null, document.id(), stored.fileName(), stored.contentType(),
                    stored.sizeBytes(), stored.sha256(), stored.storageKey(), clock.instant()));
            audit.created(actor, document.organisationId(), "document_attachment", row.id(), stored.fileName(), row);
            return toAttachment(row);
        } catch (RuntimeException failed) {
            files.delete(List.of(stored.storageKey()));
            throw failed;
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
        return new Download(toAttachment(row), files.open(row.storageKey()));
    }

    /** Removes the bytes of attachments whose rows are gone. */
    void deleteStored(List<String> storageKeys) {
        files.delete(storageKeys);
    }

    private static Attachment toAttachment(AttachmentRow row) {
        return new Attachment(row.id(), row.documentId(), row.fileName(), row.contentType(), row.sizeBytes(), row.sha256());
    }
}
