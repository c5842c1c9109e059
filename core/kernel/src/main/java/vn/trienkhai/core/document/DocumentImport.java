package vn.trienkhai.core.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.document.DocumentHeaderCheck.Fields;
import vn.trienkhai.core.document.DocumentHeaderCheck.Header;
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
    private final DocumentAccess access;
    private final DocumentHeaderCheck headers;
    private final UnitService units;
    private final UnitNameMatcher matcher;
    private final AccessPolicy policy;
    private final Messages messages;
    private final Clock clock;

    DocumentImport(ImportFileReader files, DocumentRegistry registry, DocumentWriter writer, DocumentAccess access,
                   DocumentHeaderCheck headers, UnitService units, UnitNameMatcher matcher, AccessPolicy policy, Messages messages, Clock clock) {
        this.files = files;
        this.registry = registry;
        this.writer = writer;
        this.access = access;
        this.headers = headers;
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
        Header header = checkDraft(actor, draft, request.issuingUnitId());
        if (request.fullText() != null) {
            checkText(TEXT_FIELD, request.fullText());
        }
        DocumentRow stub = header.symbol() == null ? null
                : registry.sameDocument(actor, "symbol", header.symbol(), header.issuedOn()).orElse(null);
        if (stub != null) {
            access.requireHeld(actor, stub);
        }
        DocumentRow fresh = DocumentRows.withHeader(actor, stub, header, clock.instant());
        DocumentRow saved = writer.save(actor, DocumentRows.with(fresh, request.fullText(), fresh.version()));
        linkCascade(actor, saved.id(), draft);
        writer.saveParts(actor, saved.id(), draft, resolver(actor, request.units(), header.issuer()));
        return DocumentReader.toDocument(saved);
    }

    private void linkCascade(Actor actor, long documentId, ImportDraft draft) {
        List<DocumentRow> implemented = draft.implementsDocs().stream().map(cited -> writer.cited(actor, cited)).toList();
        implemented.forEach(target -> writer.link(actor, documentId, target.id(), LinkKind.IMPLEMENTS));
        draft.basedOn().forEach(cited -> writer.link(actor, documentId, writer.cited(actor, cited).id(), LinkKind.BASED_ON));
        // a directive quoted in the title of the one plan this implements is what that plan implements; the link is
        // that plan's to make, so only when the actor holds it
        if (implemented.size() == 1 && access.holds(actor, implemented.getFirst())) {
            long plan = implemented.getFirst().id();
            draft.mentioned().forEach(cited -> writer.link(actor, plan, writer.cited(actor, cited).id(), LinkKind.IMPLEMENTS));
        }
    }

    /**
     * Names the user mapped win; the others are matched against the issuer's subtree first — "Ban Tuyên giáo Huyện
     * ủy" and "các xã" of a district plan are that district's — then against the actor's whole tree, for the
     * superiors a plan reports to.
     */
    private Function<String, List<Unit>> resolver(Actor actor, Map<String, Long> chosen, @Nullable Unit issuer) {
        List<Unit> tree = units.tree(actor, false);
        List<Unit> issuerSubtree = issuer == null ? tree : tree.stream().filter(unit -> unit.path().startsWith(issuer.path())).toList();
        return name -> {
            Long id = chosen == null ? null : chosen.get(name);
            if (id != null) {
                return List.of(units.get(actor, id));
            }
            List<Unit> near = matcher.resolve(name, issuerSubtree);
            return near.isEmpty() ? matcher.resolve(name, tree) : near;
        };
    }

    /** The draft's header, checked as a document registered by hand is, and its citations; every refusal at once. */
    private Header checkDraft(Actor actor, @Nullable ImportDraft draft, @Nullable Long issuingUnitId) {
        if (draft == null) {
            throw InvalidRequestException.field("draft", "import.draft.required", messages.get("import.draft.required"));
        }
        FieldErrors errors = new FieldErrors(messages);
        Status status = issuingUnitId == null ? Status.RECEIVED : Status.ISSUED;
        Header header = headers.check(actor, new Fields(draft.symbol(), draft.issuedOn(), draft.title(), draft.place(), issuingUnitId,
                null, status, draft.signer() == null ? null : draft.signer().name(),
                draft.signer() == null ? null : draft.signer().capacity(), draft.kind()), "symbol", errors);
        checkCitations(errors, "implements", draft.implementsDocs());
        checkCitations(errors, "basedOn", draft.basedOn());
        checkCitations(errors, "mentioned", draft.mentioned());
        errors.throwIfAny();
        return header;
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
