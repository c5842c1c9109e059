package vn.trienkhai.core.document;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.audit.AuditEntry.Action;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.document.DocumentEvents.DocumentRemoving;
import vn.trienkhai.core.document.internal.AttachmentRepository;
import vn.trienkhai.core.document.internal.AttachmentRepository.AttachmentRow;
import vn.trienkhai.core.document.internal.DocumentPartRepositories.CoordinatorRepository;
import vn.trienkhai.core.document.internal.DocumentPartRepositories.LinkRepository;
import vn.trienkhai.core.document.internal.DocumentPartRepositories.RecipientRepository;
import vn.trienkhai.core.document.internal.DocumentPartRepositories.SectionRepository;
import vn.trienkhai.core.document.internal.DocumentPartRepositories.TargetRepository;
import vn.trienkhai.core.document.internal.DocumentPartRepositories.TaskRepository;
import vn.trienkhai.core.document.internal.DocumentParts.TaskRow;
import vn.trienkhai.core.document.internal.DocumentRepository;
import vn.trienkhai.core.document.internal.DocumentRow;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.i18n.Messages;

import java.util.List;

/** Removes a document's rows in one transaction, for {@link DocumentEditor#delete}. */
@Singleton
class DocumentRemoval {

    private final DocumentAccess access;
    private final DocumentRepository documents;
    private final LinkRepository links;
    private final SectionRepository sections;
    private final RecipientRepository recipients;
    private final TaskRepository tasks;
    private final CoordinatorRepository coordinators;
    private final TargetRepository targets;
    private final AttachmentRepository attachments;
    private final AuditTrail audit;
    private final Messages messages;
    private final ApplicationEventPublisher<DocumentRemoving> removing;

    DocumentRemoval(DocumentAccess access, DocumentRepository documents, LinkRepository links, SectionRepository sections,
                    RecipientRepository recipients, TaskRepository tasks, CoordinatorRepository coordinators,
                    TargetRepository targets, AttachmentRepository attachments, AuditTrail audit, Messages messages,
                    ApplicationEventPublisher<DocumentRemoving> removing) {
        this.access = access;
        this.documents = documents;
        this.links = links;
        this.sections = sections;
        this.recipients = recipients;
        this.tasks = tasks;
        this.coordinators = coordinators;
        this.targets = targets;
        this.attachments = attachments;
        this.audit = audit;
        this.messages = messages;
        this.removing = removing;
    }

    /** Deletes the rows and returns the storage keys of its attachments, whose bytes the caller removes after commit. */
    @Transactional
    List<String> remove(Actor actor, long id, long version) {
        DocumentRow document = access.changeable(actor, id, Operation.DOCUMENT_REGISTER);
        String label = DocumentWriter.label(document);
        long referring = links.countByTargetId(id);
        if (referring > 0) {
            throw new ConflictException("document.referenced", messages.get("document.referenced", label, referring));
        }
        removing.publishEvent(new DocumentRemoving(actor, id, label));
        List<Long> taskIds = tasks.findByDocumentIdOrderByPosition(id).stream().map(TaskRow::id).toList();
        if (!taskIds.isEmpty()) {
            coordinators.deleteByTaskIdIn(taskIds);
        }
        tasks.deleteByDocumentId(id);
        targets.deleteByDocumentId(id);
        recipients.deleteByDocumentId(id);
        sections.deleteByDocumentId(id);
        links.deleteByDocumentId(id);
        List<String> stored = attachments.findByDocumentIdOrderById(id).stream().map(AttachmentRow::storageKey).toList();
        attachments.deleteByDocumentId(id);
        try {
            // deleting the entity compares its version: a change made since the user read it rolls all of this back
            documents.delete(DocumentRows.with(document, document.fullText(), version));
        } catch (OptimisticLockException stale) {
            throw new ConflictException("document.changed-by-someone-else", messages.get("document.changed-by-someone-else", label));
        }
        audit.record(actor, document.organisationId(), "document", id, Action.DELETE, label, List.of());
        return stored;
    }
}
