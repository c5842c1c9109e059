package vn.trienkhai.core.document;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.document.DocumentHeaderCheck.Fields;
import vn.trienkhai.core.document.DocumentHeaderCheck.Header;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentRequests.UpdateDocumentRequest;
import vn.trienkhai.core.document.internal.DocumentRow;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.i18n.Messages;

import java.time.Clock;
import java.util.List;

/**
 * Correcting and deleting registered documents, by the subtree of the unit holding them. Both take the version
 * the user read: a change made meanwhile is never overwritten nor deleted unseen.
 */
@Singleton
public class DocumentEditor {

    private final DocumentAccess access;
    private final DocumentHeaderCheck headers;
    private final DocumentRegistry registry;
    private final DocumentWriter writer;
    private final DocumentRemoval removal;
    private final DocumentAttachments attachments;
    private final Messages messages;
    private final Clock clock;

    DocumentEditor(DocumentAccess access, DocumentHeaderCheck headers, DocumentRegistry registry, DocumentWriter writer,
                   DocumentRemoval removal, DocumentAttachments attachments, Messages messages, Clock clock) {
        this.access = access;
        this.headers = headers;
        this.registry = registry;
        this.writer = writer;
        this.removal = removal;
        this.attachments = attachments;
        this.messages = messages;
        this.clock = clock;
    }

    /** Corrects the number, date, title, issuer, signer and status; a number another document has is refused. */
    @Transactional
    public Document update(Actor actor, long id, UpdateDocumentRequest request) {
        DocumentRow current = access.changeable(actor, id, Operation.DOCUMENT_REGISTER);
        long version = requireVersion(request.version());
        Header header = headers.check(actor, new Fields(request.number(), request.issuedOn(), request.title(), request.place(),
                request.issuingUnitId(), request.externalIssuer(), request.status(), request.signerName(), request.signerCapacity(),
                request.kind()));
        if (header.symbol() != null) {
            registry.sameDocument(actor, "number", header.symbol(), header.issuedOn(), id).ifPresent(stub -> {
                throw ConflictException.field("number", "document.duplicate", messages.get("document.duplicate", stub.symbol(), stub.id()));
            });
        }
        DocumentRow changed = DocumentRows.withHeader(actor, current, header, clock.instant());
        try {
            return DocumentReader.toDocument(writer.save(actor, DocumentRows.with(changed, changed.fullText(), version)));
        } catch (OptimisticLockException stale) {
            throw changedMeanwhile(current);
        }
    }

    /**
     * Deletes the document with its sections, recipients, tasks, targets, links and attachments, while no other
     * document refers to it (a plan implementing it, a document based on it). The attachments' bytes go once the
     * rows are gone for good.
     */
    public void delete(Actor actor, long id, Long version) {
        List<String> stored = removal.remove(actor, id, requireVersion(version));
        attachments.deleteStored(stored);
    }

    private long requireVersion(Long version) {
        if (version == null) {
            throw InvalidRequestException.field("version", "document.version.required", messages.get("document.version.required"));
        }
        return version;
    }

    private ConflictException changedMeanwhile(DocumentRow row) {
        return new ConflictException("document.changed-by-someone-else",
                messages.get("document.changed-by-someone-else", DocumentWriter.label(row)));
    }
}
