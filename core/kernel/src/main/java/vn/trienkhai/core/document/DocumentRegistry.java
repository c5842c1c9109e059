package vn.trienkhai.core.document;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentModel.DocumentDetails;
import vn.trienkhai.core.document.DocumentModel.LinkKind;
import vn.trienkhai.core.document.DocumentModel.Status;
import vn.trienkhai.core.document.DocumentRequests.DocumentFilter;
import vn.trienkhai.core.document.DocumentRequests.RegisterDocumentRequest;
import vn.trienkhai.core.document.internal.DocumentRepository;
import vn.trienkhai.core.document.internal.DocumentRow;
import vn.trienkhai.core.document.parsing.DocumentKind;
import vn.trienkhai.core.document.parsing.DocumentNumber;
import vn.trienkhai.core.document.parsing.InvalidDocumentNumberException;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.text.VietnameseText;
import vn.trienkhai.core.unit.UnitService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The organisation's document registry: listing, reading, registering by hand, and the duplicate rule. */
@Singleton
public class DocumentRegistry {

    private final DocumentRepository documents;
    private final DocumentReader reader;
    private final DocumentWriter writer;
    private final UnitService units;
    private final AccessPolicy policy;
    private final Messages messages;
    private final Clock clock;

    DocumentRegistry(DocumentRepository documents, DocumentReader reader, DocumentWriter writer, UnitService units,
                     AccessPolicy policy, Messages messages, Clock clock) {
        this.documents = documents;
        this.reader = reader;
        this.writer = writer;
        this.units = units;
        this.policy = policy;
        this.messages = messages;
        this.clock = clock;
    }

    /** The organisation's documents matching the filter, newest first; free text ignores case and diacritics. */
    @ReadOnly
    public Page<Document> search(Actor actor, DocumentFilter filter, Pageable pageable) {
        policy.require(actor, Operation.DOCUMENT_READ);
        boolean anyYear = filter.year() == null;
        LocalDate from = anyYear ? LocalDate.of(1, 1, 1) : LocalDate.of(filter.year(), 1, 1);
        LocalDate to = anyYear ? LocalDate.of(9999, 12, 31) : LocalDate.of(filter.year(), 12, 31);
        String text = filter.text() == null ? "%" : "%" + VietnameseText.fold(filter.text()).replace("%", "") + "%";
        return documents.search(actor.organisationId(), filter.kind() == null ? "%" : filter.kind().name(),
                filter.issuerCode() == null || filter.issuerCode().isBlank() ? "%" : filter.issuerCode().strip(),
                filter.status() == null ? "%" : filter.status().name(), text, anyYear, from, to, pageable)
                .map(DocumentReader::toDocument);
    }

    @ReadOnly
    public DocumentDetails get(Actor actor, long id) {
        return reader.details(visible(actor, id));
    }

    /** Registers a document by hand; a document cited before under the same number is completed, not duplicated. */
    @Transactional
    public Document register(Actor actor, RegisterDocumentRequest request) {
        policy.require(actor, Operation.DOCUMENT_REGISTER);
        FieldErrors errors = new FieldErrors(messages);
        DocumentNumber number = parseNumber(request.number(), errors);
        DocumentKind kind = number != null ? number.kind() : request.kind();
        if (kind == null) {
            errors.add("kind", "document.kind.required");
        }
        if (request.title() == null || request.title().isBlank()) {
            errors.add("title", "document.title.required");
        }
        errors.checkDate("issuedOn", request.issuedOn());
        if (request.issuingUnitId() != null) {
            units.get(actor, request.issuingUnitId());
        }
        errors.throwIfAny();
        Optional<DocumentRow> existing = number == null ? Optional.empty() : sameDocument(actor, "number", number.symbol(), request.issuedOn());
        DocumentRow saved = writer.save(actor, new DocumentRow(existing.map(DocumentRow::id).orElse(null), actor.organisationId(),
                kind.name(), number == null ? null : number.number(), number == null ? null : number.issuerCode(),
                number == null ? null : number.symbol(), request.issuingUnitId(), request.externalIssuer(), request.place(),
                request.issuedOn(), request.title().strip(), null, null,
                Objects.requireNonNullElse(request.status(), Status.RECEIVED).name(), null, "",
                existing.map(DocumentRow::createdAt).orElse(clock.instant()), existing.map(DocumentRow::version).orElse(null)));
        if (request.implementsId() != null) {
            writer.link(actor, saved.id(), visible(actor, request.implementsId()).id(), LinkKind.IMPLEMENTS);
        }
        return DocumentReader.toDocument(saved);
    }

    /**
     * The registered document with this symbol and date: a stub left by a citation is returned to be completed;
     * a full record is a duplicate, refused with a conflict that names it, on the input {@code field}.
     */
    Optional<DocumentRow> sameDocument(Actor actor, String field, String symbol, LocalDate issuedOn) {
        for (DocumentRow row : documents.findByOrganisationIdAndSymbol(actor.organisationId(), symbol)) {
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

    DocumentRow visible(Actor actor, long id) {
        DocumentRow row = documents.findById(id)
                .filter(document -> document.organisationId() == actor.organisationId() || actor.has(Role.SYSTEM_ADMIN))
                .orElseThrow(() -> new NotFoundException("document.not-found", messages.get("document.not-found")));
        policy.require(actor, Operation.DOCUMENT_READ);
        return row;
    }

    private static DocumentNumber parseNumber(String written, FieldErrors errors) {
        if (written == null || written.isBlank()) {
            return null;
        }
        try {
            return DocumentNumber.parse(written);
        } catch (InvalidDocumentNumberException invalid) {
            errors.add("number", "document.number.invalid", invalid.getMessage());
            return null;
        }
    }
}
