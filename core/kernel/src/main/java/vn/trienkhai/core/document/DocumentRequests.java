package vn.trienkhai.core.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.trienkhai.core.document.DocumentModel.Status;
import vn.trienkhai.core.document.parsing.DeadlineType;
import vn.trienkhai.core.document.parsing.DocumentKind;
import vn.trienkhai.core.document.parsing.ImportDraft;
import vn.trienkhai.core.document.parsing.Recurrence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The changes the document registry accepts. */
public final class DocumentRequests {

    private DocumentRequests() {
    }

    /**
     * Registers a document by hand. {@code number} is its number and symbol as written ("Số 102 - KH/HU"), which
     * says its kind and issuing body; without one, {@code kind} says what it is and an issuer who gave it.
     */
    @Serdeable
    public record RegisterDocumentRequest(@Nullable String number, @Nullable DocumentKind kind, @Nullable LocalDate issuedOn,
                                          @Nullable String place, @Nullable String title, @Nullable Long issuingUnitId,
                                          @Nullable String externalIssuer, @Nullable Status status, @Nullable Long implementsId) {
    }

    /**
     * Corrects what a registered document says of itself; {@code version} is the one read, so that a correction made
     * meanwhile by someone else is not overwritten. Its parts (tasks, targets) are the plan's, corrected on their own.
     */
    @Serdeable
    public record UpdateDocumentRequest(@Nullable Long version, @Nullable String number, @Nullable DocumentKind kind,
                                        @Nullable LocalDate issuedOn,
                                        @Nullable String place, @Nullable String title, @Nullable Long issuingUnitId,
                                        @Nullable String externalIssuer, @Nullable Status status, @Nullable String signerName,
                                        @Nullable String signerCapacity) {
    }

    /**
     * Saves an import: the (corrected) draft, its full text, the unit that issued it, and the units the user
     * chose for names in the draft (name as written → unit id); names not chosen are matched automatically.
     */
    public record SaveImportRequest(ImportDraft draft, @Nullable String fullText, @Nullable Long issuingUnitId,
                                    @Nullable Map<String, Long> units) {
    }

    /**
     * A task given by hand on a registered document. Several lead units fan out as a group's task does; the deadline
     * is the last day of the month, quarter or year when {@code deadlineType} says so; {@code recurrenceEnd} bounds
     * a recurring duty (none: to the plan's last target year, else open-ended).
     */
    @Serdeable
    public record NewTaskRequest(@Nullable String text, @Nullable String section, @Nullable List<Long> leadUnitIds,
                                 @Nullable List<Long> coordinatingUnitIds, @Nullable DeadlineType deadlineType,
                                 @Nullable LocalDate deadline, @Nullable Recurrence recurrence, @Nullable LocalDate recurrenceEnd) {
    }

    /** Filters of the document list; null means any. */
    @Serdeable
    public record DocumentFilter(@Nullable DocumentKind kind, @Nullable String issuerCode, @Nullable Integer year,
                                 @Nullable Status status, @Nullable String text) {
    }
}
