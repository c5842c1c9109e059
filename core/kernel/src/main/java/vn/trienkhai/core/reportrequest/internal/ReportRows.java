package vn.trienkhai.core.reportrequest.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/** The rows of V11 (DD006), each table's one row type. */
public final class ReportRows {

    private ReportRows() {
    }

    /** {@code unitKinds} is a comma-separated list of enum names. */
    @MappedEntity("report_request")
    public record RequestRow(@Id @GeneratedValue @Nullable Long id, long organisationId, long unitId, String unitName, String title, String periodKind,
                             LocalDate periodStart, @Nullable Long dataSetId, String unitKinds, LocalDate dueOn, String createdBy,
                             Instant createdAt, @Version @Nullable Long version) {
    }

    @MappedEntity("report_request_section")
    public record SectionRow(@Id @GeneratedValue @Nullable Long id, long requestId, int position, String title) {
    }

    @MappedEntity("report_submission")
    public record SubmissionRow(@Id @GeneratedValue @Nullable Long id, long requestId, long unitId, String status,
                                @Nullable Instant firstSubmittedAt, @Nullable Instant submittedAt, @Nullable String submittedBy,
                                @Version @Nullable Long version) {

        public SubmissionRow withStatus(String newStatus) {
            return new SubmissionRow(id, requestId, unitId, newStatus, firstSubmittedAt, submittedAt, submittedBy, version);
        }

        public SubmissionRow submitted(String login, Instant at) {
            return new SubmissionRow(id, requestId, unitId, "SUBMITTED", firstSubmittedAt == null ? at : firstSubmittedAt, at, login, version);
        }
    }

    @MappedEntity("report_narrative")
    public record NarrativeRow(@Id @GeneratedValue @Nullable Long id, long submissionId, long sectionId, String body) {
    }

    @MappedEntity("report_event")
    public record EventRow(@Id @GeneratedValue @Nullable Long id, long submissionId, String action, @Nullable String comment,
                           String actorLogin, Instant at) {
    }
}
