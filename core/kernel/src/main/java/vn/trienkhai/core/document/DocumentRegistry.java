package vn.trienkhai.core.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.document.DocumentHeaderCheck.Fields;
import vn.trienkhai.core.document.DocumentHeaderCheck.Header;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentModel.DocumentDetails;
import vn.trienkhai.core.document.DocumentModel.LinkKind;
import vn.trienkhai.core.document.DocumentModel.Status;
import vn.trienkhai.core.document.DocumentRequests.DocumentFilter;
import vn.trienkhai.core.document.DocumentRequests.RegisterDocumentRequest;
import vn.trienkhai.core.document.internal.DocumentRepository;
import vn.trienkhai.core.document.internal.DocumentRow;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.text.VietnameseText;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The organisation's document registry: listing and reading what the actor sees, registering by hand, the duplicate rule. */
@Singleton
public class DocumentRegistry {

    private final DocumentRepository documents;
    private final DocumentReader reader;
    private final DocumentWriter writer;
    private final DocumentAccess access;
    private final DocumentHeaderCheck headers;
    private final AccessPolicy policy;
    private final Messages messages;
    private final Clock clock;

    DocumentRegistry(DocumentRepository documents, DocumentReader reader, DocumentWriter writer, DocumentAccess access,
                     DocumentHeaderCheck headers, AccessPolicy policy, Messages messages, Clock clock) {
        this.documents = documents;
        this.reader = reader;
        this.writer = writer;
        this.access = access;
        this.headers = headers;
        this.policy = policy;
        this.messages = messages;
        this.clock = clock;
    }

    /** The documents the actor sees matching the filter, newest first; free text ignores case and diacritics. */
    @ReadOnly
    public Page<Document> search(Actor actor, DocumentFilter filter, Pageable pageable) {
        policy.require(actor, Operation.DOCUMENT_READ);
        boolean anyYear = filter.year() == null;
        LocalDate from = anyYear ? LocalDate.of(1, 1, 1) : LocalDate.of(filter.year(), 1, 1);
        LocalDate to = anyYear ? LocalDate.of(9999, 12, 31) : LocalDate.of(filter.year(), 12, 31);
        String text = filter.text() == null ? "%" : "%" + VietnameseText.fold(filter.text()).replace("%", "") + "%";
        return documents.search(actor.organisationId(), filter.kind() == null ? "%" : filter.kind().name(),
                filter.issuerCode() == null || filter.issuerCode().isBlank() ? "%" : filter.issuerCode().strip(),
                filter.status() == null ? "%" : filter.status().name(), text, anyYear, from, to,
                DocumentAccess.seesEverything(actor), DocumentAccess.lineage(actor), DocumentAccess.subtree(actor), pageable)
                .map(DocumentReader::toDocument);
    }

    /** The document with its parts; the documents it links to are those the actor sees. */
    @ReadOnly
    public DocumentDetails get(Actor actor, long id) {
        DocumentDetails details = reader.details(access.readable(actor, id));
        return new DocumentDetails(details.document(), details.sections(), details.recipients(), details.tasks(), details.targets(),
                access.visibleOnly(actor, details.implementsDocuments()), access.visibleOnly(actor, details.basedOn()),
                access.visibleOnly(actor, details.implementedBy()), details.fullText(), details.moduleIds());
    }

    /** Whether the actor may correct or delete the document: whether it is held within their subtree. */
    @ReadOnly
    public boolean mayChange(Actor actor, long id) {
        return policy.allows(actor, Operation.DOCUMENT_REGISTER) && access.holds(actor, access.readable(actor, id));
    }

    /** Registers a document by hand; a document cited before under the same number is completed, not duplicated. */
    @Transactional
    public Document register(Actor actor, RegisterDocumentRequest request) {
        policy.require(actor, Operation.DOCUMENT_REGISTER);
        Header header = headers.check(actor, new Fields(request.number(), request.issuedOn(), request.title(), request.place(),
                request.issuingUnitId(), request.externalIssuer(), request.status(), null, null, request.kind()));
        Optional<DocumentRow> existing = header.symbol() == null ? Optional.empty()
                : sameDocument(actor, "number", header.symbol(), header.issuedOn());
        existing.ifPresent(stub -> access.requireHeld(actor, stub));
        DocumentRow saved = writer.save(actor, DocumentRows.withHeader(actor, existing.orElse(null), header, clock.instant()));
        if (request.implementsId() != null) {
            writer.link(actor, saved.id(), access.readable(actor, request.implementsId()).id(), LinkKind.IMPLEMENTS);
        }
        return DocumentReader.toDocument(saved);
    }

    /**
     * The registered document with this symbol and date: a stub left by a citation is returned to be completed;
     * a full record is a duplicate, refused with a conflict that names it, on the input {@code field}.
     */
    Optional<DocumentRow> sameDocument(Actor actor, String field, String symbol, LocalDate issuedOn) {
        return sameDocument(actor, field, symbol, issuedOn, null);
    }

    /** As {@link #sameDocument(Actor, String, String, LocalDate)}, for document {@code self} taking this number. */
    Optional<DocumentRow> sameDocument(Actor actor, String field, String symbol, LocalDate issuedOn, @Nullable Long self) {
        for (DocumentRow row : documents.findByOrganisationIdAndSymbol(actor.organisationId(), symbol)) {
            if (row.id().equals(self)) {
                continue;
            }
            boolean sameDate = issuedOn == null || row.issuedOn() == null || row.issuedOn().equals(issuedOn);
            if (sameDate && Status.CITED.name().equals(row.status())) {
                return Optional.of(row);
            }
            if (sameDate) {
                throw ConflictException.field(field, "document.duplicate", messages.get("document.duplicate", symbol, row.id()));
            }
        }
        return Optional.empty();
    }
}
