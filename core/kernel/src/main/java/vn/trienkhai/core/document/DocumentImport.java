package vn.trienkhai.core.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentModel.LinkKind;
import vn.trienkhai.core.document.DocumentModel.Status;
import vn.trienkhai.core.document.DocumentRequests.SaveImportRequest;
import vn.trienkhai.core.document.internal.DocumentRow;
import vn.trienkhai.core.document.parsing.CitedDocument;
import vn.trienkhai.core.document.parsing.DocumentNumber;
import vn.trienkhai.core.document.parsing.ImportDraft;
import vn.trienkhai.core.document.parsing.InvalidDocumentNumberException;
import vn.trienkhai.core.document.parsing.PlanTextParser;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitNameMatcher;
import vn.trienkhai.core.unit.UnitService;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reading a plan from its text into a draft the user corrects, then saving the draft with its links, tasks and
 * targets in one transaction: a failed import saves nothing. The preview saves nothing; the text is limited
 * in size so that one request cannot occupy the server (the parser itself is linear).
 */
@Singleton
public class DocumentImport {

    /** About 40 pages of a plan; the largest seed is 35 KB. */
    public static final int MAX_CHARACTERS = 500_000;
    public static final int MAX_FILE_BYTES = ImportFileReader.MAX_FILE_BYTES;
    private static final String TEXT_FIELD = "text";

    private final PlanTextParser parser = new PlanTextParser();
    private final ImportFileReader files;
    private final DocumentRegistry registry;
    private final DocumentWriter writer;
    private final UnitService units;
    private final UnitNameMatcher matcher;
    private final AccessPolicy policy;
    private final Messages messages;
    private final Clock clock;

    DocumentImport(ImportFileReader files, DocumentRegistry registry, DocumentWriter writer, UnitService units,
                   UnitNameMatcher matcher, AccessPolicy policy, Messages messages, Clock clock) {
        this.files = files;
        this.registry = registry;
        this.writer = writer;
        this.units = units;
        this.matcher = matcher;
        this.policy = policy;
        this.messages = messages;
        this.clock = clock;
    }

    /** The draft read from {@code text}; nothing is saved. */
    public ImportDraft preview(Actor actor, String text) {
        policy.require(actor, Operation.DOCUMENT_IMPORT);
        return parseText(text);
    }

    /**
     * The draft read from a text sent as bytes (an API body), which must be UTF-8: decoding leniently would turn
     * a text saved in another encoding into replacement characters and an empty draft.
     */
    public ImportDraft previewUtf8(Actor actor, byte[] utf8) {
        policy.require(actor, Operation.DOCUMENT_IMPORT);
        return parseText(files.utf8(utf8,
                () -> InvalidRequestException.field(TEXT_FIELD, "import.text.not-utf8", messages.get("import.text.not-utf8"))));
    }

    private ImportDraft parseText(String text) {
        checkText(TEXT_FIELD, text);
        return parser.parse(text);
    }

    /** The draft read from an uploaded .docx or UTF-8 .txt; nothing is saved. Refusals name the field {@code file}. */
    public ImportDraft previewFile(Actor actor, @Nullable String fileName, @Nullable String contentType, InputStream content) {
        return parser.parse(fileText(actor, fileName, contentType, content));
    }

    /** The text of an uploaded .docx or UTF-8 .txt, for the user to check before it is read into a draft. */
    public String fileText(Actor actor, @Nullable String fileName, @Nullable String contentType, InputStream content) {
        policy.require(actor, Operation.DOCUMENT_IMPORT);
        String text = files.read(fileName, contentType, content);
        checkText(ImportFileReader.FILE_FIELD, text);
        return text;
    }

    /** The refusal of a file over {@link #MAX_FILE_BYTES}, for a transport that enforces its limit before the service. */
    public InvalidRequestException fileTooLarge() {
        return files.tooLarge();
    }

    /** The refusal of a text over {@link #MAX_CHARACTERS}, for the same callers as {@link #fileTooLarge()}. */
    public InvalidRequestException textTooLong() {
        return tooLong(TEXT_FIELD);
    }

    /**
     * Saves the draft as a document of the organisation, creating the documents it cites when they are not
     * registered yet (marked as cited), and linking the cascade: the plan implements what it says it
     * implements, and those implement the directives quoted in their titles.
     */
    @Transactional
    public Document save(Actor actor, SaveImportRequest request) {
        policy.require(actor, Operation.DOCUMENT_IMPORT);
        ImportDraft draft = request.draft();
        checkDraft(draft);
        if (request.fullText() != null) {
            checkText(TEXT_FIELD, request.fullText());
        }
        Unit issuer = request.issuingUnitId() == null ? null : units.get(actor, request.issuingUnitId());
        DocumentRow stub = draft.symbol() == null ? null : registry.sameDocument(actor, "symbol", draft.symbol(), draft.issuedOn()).orElse(null);
        DocumentRow saved = writer.save(actor, new DocumentRow(stub == null ? null : stub.id(), actor.organisationId(),
                draft.kind().name(), draft.number(), draft.issuerCode(), draft.symbol(), issuer == null ? null : issuer.id(),
                null, draft.place(), draft.issuedOn(), draft.title().strip(),
                draft.signer() == null ? null : draft.signer().name(), draft.signer() == null ? null : draft.signer().capacity(),
                (issuer == null ? Status.RECEIVED : Status.ISSUED).name(), request.fullText(), "",
                stub == null ? clock.instant() : stub.createdAt(), stub == null ? null : stub.version()));
        linkCascade(actor, saved.id(), draft);
        writer.saveParts(actor, saved.id(), draft, resolver(actor, request.units()));
        return DocumentReader.toDocument(saved);
    }

    private void linkCascade(Actor actor, long documentId, ImportDraft draft) {
        List<Long> implemented = draft.implementsDocs().stream().map(cited -> writer.cited(actor, cited).id()).toList();
        implemented.forEach(target -> writer.link(actor, documentId, target, LinkKind.IMPLEMENTS));
        draft.basedOn().forEach(cited -> writer.link(actor, documentId, writer.cited(actor, cited).id(), LinkKind.BASED_ON));
        // a directive quoted in the title of the one plan this implements is what that plan implements
        if (implemented.size() == 1) {
            draft.mentioned().forEach(cited -> writer.link(actor, implemented.getFirst(), writer.cited(actor, cited).id(), LinkKind.IMPLEMENTS));
        }
    }

    /** Names the user mapped win; the others are matched against the tree, and may stay unmapped. */
    private Function<String, List<Unit>> resolver(Actor actor, Map<String, Long> chosen) {
        List<Unit> tree = units.tree(actor, false);
        return name -> {
            Long id = chosen == null ? null : chosen.get(name);
            return id != null ? List.of(units.get(actor, id)) : matcher.resolve(name, tree);
        };
    }

    private void checkDraft(ImportDraft draft) {
        FieldErrors errors = new FieldErrors(messages);
        if (draft == null) {
            throw InvalidRequestException.field("draft", "import.draft.required", messages.get("import.draft.required"));
        }
        if (draft.kind() == null) {
            errors.add("kind", "document.kind.required");
        }
        if (draft.title() == null || draft.title().isBlank()) {
            errors.add("title", "document.title.required");
        }
        checkSymbol(errors, "symbol", draft.symbol());
        errors.checkDate("issuedOn", draft.issuedOn());
        checkCitations(errors, "implements", draft.implementsDocs());
        checkCitations(errors, "basedOn", draft.basedOn());
        checkCitations(errors, "mentioned", draft.mentioned());
        errors.throwIfAny();
    }

    private void checkCitations(FieldErrors errors, String field, List<CitedDocument> citations) {
        for (int i = 0; i < citations.size(); i++) {
            checkSymbol(errors, field + "[" + i + "].symbol", citations.get(i).symbol());
        }
    }

    private static void checkSymbol(FieldErrors errors, String field, String symbol) {
        if (symbol == null || symbol.isBlank()) {
            return;
        }
        try {
            DocumentNumber.parse(symbol);
        } catch (InvalidDocumentNumberException invalid) {
            errors.add(field, "document.number.invalid", invalid.getMessage());
        }
    }

    private void checkText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidRequestException.field(field, "import.text.empty", messages.get("import.text.empty"));
        }
        if (text.length() > MAX_CHARACTERS) {
            throw tooLong(field);
        }
    }

    private InvalidRequestException tooLong(String field) {
        return InvalidRequestException.field(field, "import.text.too-long", messages.get("import.text.too-long", MAX_CHARACTERS));
    }
}
