package vn.trienkhai.core.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.trienkhai.core.document.parsing.DeadlineType;
import vn.trienkhai.core.document.parsing.DocumentKind;
import vn.trienkhai.core.document.parsing.RecipientPurpose;
import vn.trienkhai.core.document.parsing.Recurrence;
import vn.trienkhai.core.document.parsing.TargetUnit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the document services return; the same records are the API's answers. */
public final class DocumentModel {

    private DocumentModel() {
    }

    /** ISSUED: the organisation's own; RECEIVED: from elsewhere; CITED: known only because a document cites it. */
    public enum Status { ISSUED, RECEIVED, CITED }

    public enum LinkKind { IMPLEMENTS, BASED_ON, SUPERSEDES }

    public enum TaskStatus { NOT_STARTED, IN_PROGRESS, DONE, CANCELLED }

    @Serdeable
    public record Document(long id, DocumentKind kind, @Nullable Integer number, @Nullable String issuerCode,
                           @Nullable String symbol, @Nullable Long issuingUnitId, @Nullable String externalIssuer,
                           @Nullable String place, @Nullable LocalDate issuedOn, String title, @Nullable String signerName,
                           @Nullable String signerCapacity, Status status, long version) {
    }

    @Serdeable
    public record Section(String code, String heading) {
    }

    @Serdeable
    public record Recipient(String name, @Nullable Long unitId, RecipientPurpose purpose) {
    }

    @Serdeable
    public record Coordinator(String name, @Nullable Long unitId) {
    }

    @Serdeable
    public record Task(long id, @Nullable String section, String text, @Nullable String leadUnitName, @Nullable Long leadUnitId,
                       List<Coordinator> coordinators, DeadlineType deadlineType, @Nullable LocalDate deadline,
                       @Nullable Recurrence recurrence, TaskStatus status) {
    }

    @Serdeable
    public record Target(String text, BigDecimal value, TargetUnit unit, @Nullable Integer year) {
    }

    /** A document with everything it holds, its links both ways, and the ids of the modules it belongs to. */
    @Serdeable
    public record DocumentDetails(Document document, List<Section> sections, List<Recipient> recipients, List<Task> tasks,
                                  List<Target> targets, List<Document> implementsDocuments, List<Document> basedOn,
                                  List<Document> implementedBy, @Nullable String fullText, List<String> moduleIds) {
    }

    /** A document and the documents that implement it, recursively. */
    @Serdeable
    public record CascadeNode(Document document, List<CascadeNode> implementedBy) {
    }

    /** The chain up to the central directive (highest first) and the tree of implementing plans below. */
    @Serdeable
    public record Cascade(List<Document> ancestors, CascadeNode tree) {
    }

    /**
     * One unit expected to issue its own plan for a document: the plan it registered, or how many days it is
     * late when the document set a deadline that has passed.
     */
    @Serdeable
    public record Execution(long unitId, String unitName, @Nullable Document plan, @Nullable LocalDate due, long daysOverdue) {
    }
}
